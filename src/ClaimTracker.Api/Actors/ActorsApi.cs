using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Actors;

public static class ActorsApi
{
    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/actors").WithTags("Actors");

        group.MapGet("/", ListActors).WithName("ListActors").ReadsFromReplica().WithSummary("List actors, newest first; find them by name or alias")
            .ProducesValidationProblem();
        group.MapPost("/", CreateActor).WithName("CreateActor").WithSummary("Add an actor with its aliases")
            .WithValidation<ActorRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}", GetActor).WithName("GetActor").WithSummary("Get an actor; ETag, and 304 for a current If-None-Match")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateActor).WithName("UpdateActor").WithSummary("Replace an actor, aliases included (If-Match: 412 when it changed)")
            .WithValidation<ActorRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch("/{id}", PatchActor).WithName("PatchActor")
            .WithSummary("Change some fields of an actor (JSON Merge Patch; aliases, if given, replace the list; If-Match: 412 when it changed)")
            .Accepts<ActorRequest>(MergePatch.MediaType).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id}", DeleteActor).WithName("DeleteActor")
            .WithSummary("Delete an actor; 409 while it has claims or members, unless cascade=true deletes its claims and detaches its members")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    /// <param name="q">Text to find in the name or an alias (case-insensitive): "Kirby", "isw".</param>
    /// <param name="kind">Only actors of this kind: person, organization, government, media or other.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ActorResponse>>, ValidationProblem>> ListActors(
        ClaimTrackerDbContext db, string? q, string? kind, int? limit, string? cursor, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !page.TryGetAfterId(out var afterId))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!EnumQuery.TryParse<ActorKind>(kind, "kind", out var actorKind, out var invalidKind))
        {
            return invalidKind!;
        }

        var query = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Patterns.Contains(q.Trim());
            query = query.Where(a => EF.Functions.ILike(a.Name, pattern, @"\") || a.Aliases.Any(x => EF.Functions.ILike(x.Name, pattern, @"\")));
        }

        if (actorKind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        if (afterId is { } after)
        {
            query = query.Where(a => a.Id < after);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(page.Limit + 1).SelectResponses().ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, a => PageRequest.IdKey(a.Id)));
    }

    public static async Task<Results<Created<ActorResponse>, ValidationProblem, ProblemHttpResult>> CreateActor(
        ActorRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var actor = new Actor { Name = request.Name.Trim() };
        if (await ActorChecks.CheckMembershipAsync(db, actor.Id, request, ct) is { } invalid)
        {
            return invalid;
        }

        if (await ActorChecks.CheckUniqueAsync(db, actor.Id, request, ct) is { } conflict)
        {
            return conflict;
        }

        actor.Apply(request);
        db.Actors.Add(actor);
        await db.SaveChangesAsync(ct);
        var response = await db.Actors.AsNoTracking().Where(a => a.Id == actor.Id).SelectResponses().FirstAsync(ct);
        return TypedResults.Created($"/api/actors/{actor.Id}", response);
    }

    public static async Task<Results<Ok<ActorResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetActor(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        // The version first, by primary key: a current If-None-Match is answered without loading the resource.
        var version = await db.Actors.Where(a => a.Id == id).Select(a => (uint?)a.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Actor", id);
        }

        if (http.Request.IsNotModified(version.Value))
        {
            return Preconditions.NotModified(http.Response, version.Value);
        }

        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == id).SelectResponses().FirstOrDefaultAsync(ct);
        if (actor is null)
        {
            return Problems.NotFound("Actor", id);
        }

        http.Response.SetETag(version.Value);
        return TypedResults.Ok(actor);
    }

    public static async Task<Results<Ok<ActorResponse>, ValidationProblem, ProblemHttpResult>> UpdateActor(
        Guid id, ActorRequest request, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var actor = await db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (actor is null)
        {
            return Problems.NotFound("Actor", id);
        }

        if (!http.Request.IfMatchAllows(actor.Version, out _))
        {
            return Preconditions.Failed("Actor", id);
        }

        if (await ActorChecks.CheckMembershipAsync(db, id, request, ct) is { } invalid)
        {
            return invalid;
        }

        if (await ActorChecks.CheckUniqueAsync(db, id, request, ct) is { } conflict)
        {
            return conflict;
        }

        actor.Apply(request);
        if (!await db.SaveVersionedAsync(actor, ct))
        {
            return Preconditions.Failed("Actor", id);
        }

        http.Response.SetETag(actor.Version);
        return TypedResults.Ok(await db.Actors.AsNoTracking().Where(a => a.Id == id).SelectResponses().FirstAsync(ct));
    }

    public static async Task<Results<Ok<ActorResponse>, ValidationProblem, ProblemHttpResult>> PatchActor(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var current = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActorRequest(a.Name, a.Kind, a.Description, a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(), a.MemberOfId, a.WikidataId))
            .FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return Problems.NotFound("Actor", id);
        }

        var (merged, refused, invalid) = await MergePatch.ApplyAsync(http, current);
        return merged is null ? (refused is null ? invalid! : refused) : await UpdateActor(id, merged, http, db, ct);
    }

    /// <param name="cascade">Also delete the actor's claims (with their relations) and detach its members.</param>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteActor(
        Guid id, bool? cascade, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var version = await db.Actors.Where(a => a.Id == id).Select(a => (uint?)a.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Actor", id);
        }

        if (!http.Request.IfMatchAllows(version.Value, out _))
        {
            return Preconditions.Failed("Actor", id);
        }

        var claims = db.Claims.Where(c => c.ActorId == id);
        var members = db.Actors.Where(a => a.MemberOfId == id);
        if (cascade != true)
        {
            var claimCount = await claims.CountAsync(ct);
            var memberCount = await members.CountAsync(ct);
            if (claimCount + memberCount > 0)
            {
                return Problems.Conflict("Actor has dependents",
                    $"The actor has {claimCount} claim(s) and {memberCount} member(s). Delete or move them, or pass ?cascade=true "
                    + "to delete its claims (and their relations) and detach its members.");
            }
        }

        await db.ClaimRelations
            .Where(r => r.SourceClaim.ActorId == id || r.TargetClaim.ActorId == id)
            .ExecuteDeleteAsync(ct);
        await claims.ExecuteDeleteAsync(ct);
        await members.ExecuteUpdateAsync(s => s.SetProperty(a => a.MemberOfId, (Guid?)null), ct);
        if (await db.Actors.Where(a => a.Id == id && a.Version == version).ExecuteDeleteAsync(ct) == 0)
        {
            return Preconditions.Failed("Actor", id); // changed meanwhile; the rollback undoes the cascade
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    internal static IQueryable<ActorResponse> SelectResponses(this IQueryable<Actor> actors) =>
        actors.Select(a => new ActorResponse(
            a.Id,
            a.Name,
            a.Kind,
            a.Description,
            a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(),
            a.MemberOf == null ? null : new ActorRef(a.MemberOf.Id, a.MemberOf.Name, a.MemberOf.Kind),
            a.WikidataId,
            a.CreatedAt,
            a.UpdatedAt));

    private static void Apply(this Actor actor, ActorRequest request)
    {
        actor.Name = request.Name.Trim();
        actor.Kind = request.Kind!.Value;
        actor.Description = request.Description?.Trim() ?? "";
        actor.MemberOfId = request.MemberOfId;
        actor.WikidataId = string.IsNullOrWhiteSpace(request.WikidataId) ? null : request.WikidataId;

        // Keep aliases that stay (their ids and order), drop the others, add the new ones in the order given.
        var wanted = (request.Aliases ?? []).Select(n => n.Trim()).ToList();
        actor.Aliases.RemoveAll(x => !wanted.Contains(x.Name, StringComparer.OrdinalIgnoreCase));
        foreach (var name in wanted)
        {
            var kept = actor.Aliases.Find(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
            if (kept is null)
            {
                actor.Aliases.Add(new ActorAlias { Name = name });
            }
            else
            {
                kept.Name = name;
            }
        }
    }
}
