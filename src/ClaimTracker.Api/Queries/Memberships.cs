using ClaimTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

internal static class Memberships
{
    /// <summary>The actor and everyone who is a member of it, directly or through other members.</summary>
    public static Task<List<Guid>> SelfAndMembersAsync(ClaimTrackerDbContext db, Guid actorId, CancellationToken ct) =>
        db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE members(id) AS (
                SELECT {actorId}::uuid
              UNION
                SELECT a.id FROM actors a JOIN members m ON a.member_of_id = m.id
            )
            SELECT id AS "Value" FROM members
            """).ToListAsync(ct);
}
