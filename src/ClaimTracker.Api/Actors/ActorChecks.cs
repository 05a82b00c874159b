using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Actors;

/// <summary>The checks on an actor that need the database: unique name and aliases, an existing and acyclic memberOf.</summary>
internal static class ActorChecks
{
    private const int MaxMembershipDepth = 32;

    /// <summary>409 when another actor has the name or one of the aliases.</summary>
    public static async Task<ProblemHttpResult?> CheckUniqueAsync(
        ClaimTrackerDbContext db, Guid actorId, ActorRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim().ToLowerInvariant();
        var sameName = await db.Actors
            .Where(a => a.Id != actorId && EF.Property<string>(a, "NormalizedName") == name)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(ct);
        if (sameName is not null)
        {
            return Problems.Conflict("Duplicate actor name", $"Actor '{sameName}' already has the name '{request.Name.Trim()}'.");
        }

        var aliases = (request.Aliases ?? []).Select(n => n.Trim().ToLowerInvariant()).ToList();
        if (aliases.Count > 0)
        {
            var taken = await db.ActorAliases
                .Where(x => x.ActorId != actorId && aliases.Contains(EF.Property<string>(x, "NormalizedName")))
                .Select(x => new { x.Name, x.ActorId })
                .FirstOrDefaultAsync(ct);
            if (taken is not null)
            {
                return Problems.Conflict("Alias in use", $"The alias '{taken.Name}' belongs to actor '{taken.ActorId}'.");
            }
        }

        return null;
    }

    /// <summary>400 when memberOfId names no actor, this actor, or one of its own members.</summary>
    public static async Task<ValidationProblem?> CheckMembershipAsync(
        ClaimTrackerDbContext db, Guid actorId, ActorRequest request, CancellationToken ct)
    {
        if (request.MemberOfId is { } parent)
        {
            if (parent == actorId)
            {
                return Problems.Invalid("memberOfId", "An actor cannot be a member of itself.");
            }

            // Walk up from the new parent: meeting this actor again would make a membership cycle.
            Guid? current = parent;
            for (var depth = 0; current is { } step && depth < MaxMembershipDepth; depth++)
            {
                var next = await db.Actors.Where(a => a.Id == step).Select(a => new { a.MemberOfId }).FirstOrDefaultAsync(ct);
                if (next is null)
                {
                    return depth == 0 ? Problems.Invalid("memberOfId", $"No actor has the id '{parent}'.") : null;
                }

                if (next.MemberOfId == actorId)
                {
                    return Problems.Invalid("memberOfId", "That membership would make a cycle: the chosen actor is already a member of this one.");
                }

                current = next.MemberOfId;
            }
        }

        return null;
    }
}
