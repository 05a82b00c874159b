using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

public static class ClaimsApi
{
    // Compiled once: the hot path of GET /claims/{id} (and of every answer that embeds a claim) skips EF's per-call
    // expression-tree cache lookup, which for the full claim projection costs more than PostgreSQL's part.
    private static readonly Func<ClaimTrackerDbContext, Guid, CancellationToken, Task<uint?>> VersionOf =
        EF.CompileAsyncQuery((ClaimTrackerDbContext db, Guid id, CancellationToken ct) =>
            db.Claims.Where(c => c.Id == id).Select(c => (uint?)c.Version).FirstOrDefault());

    private static readonly Func<ClaimTrackerDbContext, Guid, CancellationToken, Task<ClaimResponse?>> ResponseOf =
        EF.CompileAsyncQuery((ClaimTrackerDbContext db, Guid id, CancellationToken ct) =>
            db.Claims.AsNoTracking().Where(c => c.Id == id).Select(ClaimMapping.ToResponse).FirstOrDefault());

    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/claims").WithTags("Claims");

        group.MapGet("/", ListClaims).WithName("ListClaims").ReadsFromReplica().WithSummary("List claims, newest first; filter by actor, article, evidence")
            .ProducesValidationProblem();
        group.MapPost("/", CreateClaim).WithName("CreateClaim").WithSummary("Record a claim, with its first appearance when articleId is given")
            .WithValidation<ClaimRequest>();
        group.MapGet("/{id}", GetClaim).WithName("GetClaim").WithSummary("Get a claim with its actor and appearances; ETag, and 304 for a current If-None-Match")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateClaim).WithName("UpdateClaim")
            .WithSummary("Replace a claim; article, quote, kind and offsets replace its first appearance (articleId null removes it)")
            .WithValidation<ClaimRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch("/{id}", PatchClaim).WithName("PatchClaim")
            .WithSummary("Change some fields of a claim (JSON Merge Patch; If-Match: 412 when it changed)")
            .Accepts<ClaimRequest>(MergePatch.MediaType).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id}", DeleteClaim).WithName("DeleteClaim")
            .WithSummary("Delete a claim; 409 while relations involve it, unless cascade=true deletes them too")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapAppearances();
        group.MapRelations();
        group.MapClaimSides();
        return app;
    }

    /// <param name="actorId">Only claims of this actor.</param>
    /// <param name="articleId">Only claims that appear in this article.</param>
    /// <param name="evidenceProvided">Only claims made with (true) or without (false) evidence.</param>
    /// <param name="q">Full-text search over text and quote (English stemming; quotes, OR and -word as in web search).
    /// Results are ranked: exact phrase matches first, then by relevance, then newest.</param>
    /// <param name="kind">Only direct quotes or only indirect (reported) claims.</param>
    /// <param name="from">Only claims said at or after this date or date-time (see saidAt).</param>
    /// <param name="to">Only claims said before the end of this date, or before this date-time.</param>
    /// <param name="disputed">Only claims that some claim disputes (true) or that none does (false).</param>
    /// <param name="verdict">Only claims with at least one verdict of this rating value (false, mostlyFalse, mixed, mostlyTrue, true, unproven).</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ClaimResponse>>, ValidationProblem>> ListClaims(
        ClaimTrackerDbContext db, Guid? actorId, Guid? articleId, bool? evidenceProvided, string? q, string? kind,
        string? from, string? to, bool? disputed, string? verdict, int? limit, string? cursor, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem)
            || !ClaimFilters.TryCreate(actorId, articleId, evidenceProvided, kind, from, to, disputed, verdict, out var filters, out problem))
        {
            return problem!;
        }

        if (q is not null)
        {
            return string.IsNullOrWhiteSpace(q)
                ? Problems.Invalid("q", "'q' must not be empty; leave it out to list without searching.")
                : await ClaimSearch.SearchAsync(db, q.Trim(), filters, page, ct);
        }

        if (!page.TryGetAfterId(out var afterId))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        var query = filters.Apply(db.Claims.AsNoTracking());
        if (afterId is { } after)
        {
            query = query.Where(c => c.Id < after);
        }

        var rows = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1).SelectResponses().ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows.Select(c => c.WithFirstAppearance()).ToList(), c => PageRequest.IdKey(c.Id)));
    }

    public static async Task<Results<Created<ClaimResponse>, ValidationProblem>> CreateClaim(
        ClaimRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (await ClaimChecks.CheckReferencesAsync(db, request.ActorId, request.ArticleId, request.Quote, request.QuoteStart, request.QuoteEnd, ct) is { } invalid)
        {
            return invalid;
        }

        var claim = new Claim { Text = "" };
        claim.Apply(request);
        if (request.ArticleId is { } articleId)
        {
            claim.Appearances.Add(new ClaimAppearance
            {
                ArticleId = articleId,
                Quote = claim.Quote,
                Kind = claim.Kind,
                QuoteStart = request.QuoteStart,
                QuoteEnd = request.QuoteEnd,
            });
        }

        db.Claims.Add(claim);
        await db.SaveChangesAsync(ct);
        var response = await LoadAsync(db, claim.Id, ct);
        return TypedResults.Created($"/api/claims/{claim.Id}", response!);
    }

    public static async Task<Results<Ok<ClaimResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetClaim(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        // The version first, by primary key: a current If-None-Match is answered without loading the resource.
        var version = await VersionOf(db, id, ct);
        if (version is null)
        {
            return Problems.NotFound("Claim", id);
        }

        if (http.Request.IsNotModified(version.Value))
        {
            return Preconditions.NotModified(http.Response, version.Value);
        }

        var claim = await LoadAsync(db, id, ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        http.Response.SetETag(version.Value);
        return TypedResults.Ok(claim);
    }

    public static async Task<Results<Ok<ClaimResponse>, ValidationProblem, ProblemHttpResult>> UpdateClaim(
        Guid id, ClaimRequest request, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var claim = await db.Claims.Include(c => c.Appearances).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        if (!http.Request.IfMatchAllows(claim.Version, out _))
        {
            return Preconditions.Failed("Claim", id);
        }

        if (await ClaimChecks.CheckReferencesAsync(db, request.ActorId, request.ArticleId, request.Quote, request.QuoteStart, request.QuoteEnd, ct) is { } invalid)
        {
            return invalid;
        }

        // The claim's own row first, on its version; then its appearances, whose triggers rewrite the claim row
        // (said_at, first article) and so change the version. One transaction: a conflict below undoes both.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        claim.Apply(request);
        if (!await db.SaveVersionedAsync(claim, ct))
        {
            return Preconditions.Failed("Claim", id);
        }

        var first = claim.Appearances.OrderBy(a => a.Id).FirstOrDefault();
        if (request.ArticleId is { } articleId)
        {
            if (claim.Appearances.Any(a => a.ArticleId == articleId && a != first))
            {
                return Problems.Conflict("Duplicate appearance",
                    $"The claim already has another appearance in article '{articleId}'; delete that appearance first.");
            }

            if (first is null)
            {
                first = new ClaimAppearance { ArticleId = articleId };
                claim.Appearances.Add(first);
            }

            first.ArticleId = articleId;
            first.Quote = claim.Quote;
            first.Kind = claim.Kind;
            first.QuoteStart = request.QuoteStart;
            first.QuoteEnd = request.QuoteEnd;
        }
        else if (first is not null)
        {
            db.ClaimAppearances.Remove(first);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // The appearance triggers rewrite the claim row after EF read its version back: read the final one.
        var version = await db.Claims.Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
        http.Response.SetETag(version);
        return TypedResults.Ok((await LoadAsync(db, id, ct))!);
    }

    public static async Task<Results<Ok<ClaimResponse>, ValidationProblem, ProblemHttpResult>> PatchClaim(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var current = await LoadAsync(db, id, ct);
        if (current is null)
        {
            return Problems.NotFound("Claim", id);
        }

        var (merged, refused, invalid) = await MergePatch.ApplyAsync(http, new ClaimRequest(
            current.Actor.Id, current.Article?.Id, current.Text, current.Quote, current.Kind, current.QuoteStart, current.QuoteEnd,
            current.StatedAt, current.EvidenceProvided));
        return merged is null ? (refused is null ? invalid! : refused) : await UpdateClaim(id, merged, http, db, ct);
    }

    /// <param name="cascade">Also delete the relations from and to this claim.</param>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteClaim(
        Guid id, bool? cascade, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Lock the row while checking If-Match: deleting its relations rewrites it (the dispute counts), so the
        // version cannot be the condition of the final DELETE as it is for articles and actors.
        var version = (await db.Database
            .SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM claims WHERE id = {id} FOR UPDATE")
            .ToListAsync(ct)).Select(v => (uint?)v).FirstOrDefault();
        if (version is null)
        {
            return Problems.NotFound("Claim", id);
        }

        if (!http.Request.IfMatchAllows(version.Value, out _))
        {
            return Preconditions.Failed("Claim", id);
        }

        var relations = db.ClaimRelations.Where(r => r.SourceClaimId == id || r.TargetClaimId == id);
        if (cascade != true && await relations.CountAsync(ct) is var count and > 0)
        {
            return Problems.Conflict("Claim has relations",
                $"{count} relation(s) dispute or support this claim or come from it. Delete them, or pass ?cascade=true.");
        }

        await relations.ExecuteDeleteAsync(ct);
        await db.Claims.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    internal static async Task<ClaimResponse?> LoadAsync(ClaimTrackerDbContext db, Guid id, CancellationToken ct)
    {
        var claim = await ResponseOf(db, id, ct);
        return claim?.WithFirstAppearance();
    }

    private static void Apply(this Claim claim, ClaimRequest request)
    {
        claim.ActorId = request.ActorId;
        claim.Text = request.Text.Trim();
        claim.Quote = string.IsNullOrEmpty(request.Quote) ? null : request.Quote;
        claim.Kind = request.Kind!.Value;
        claim.StatedAt = request.StatedAt?.ToUniversalTime();
        claim.EvidenceProvided = request.EvidenceProvided;
    }
}
