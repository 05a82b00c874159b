using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Data;

public static class VersionedSave
{
    /// <summary>
    /// Saves with the entity's row version as the condition of its UPDATE (marking it modified, so that a change
    /// only to its aliases or appearances still bumps the version). False when another writer got there first.
    /// </summary>
    public static async Task<bool> SaveVersionedAsync<T>(this ClaimTrackerDbContext db, T entity, CancellationToken ct)
        where T : class
    {
        db.Entry(entity).State = db.Entry(entity).State == EntityState.Unchanged ? EntityState.Modified : db.Entry(entity).State;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
