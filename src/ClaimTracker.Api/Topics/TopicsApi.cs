using System.Text.RegularExpressions;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Topics;

/// <summary>Events and themes: tag claims with topics, list topics, and follow a topic's dispute over time.</summary>
public static partial class TopicsApi
{
    public static IEndpointRouteBuilder MapTopics(this IEndpointRouteBuilder app)
    {
        app.MapPut("/claims/{id}/topics", SetClaimTopics).WithTags("Topics").WithName("SetClaimTopics")
            .WithSummary("Replace the topics a claim is tagged with (unknown slugs become new topics)")
            .WithValidation<ClaimTopicsRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var topics = app.MapGroup("/topics").WithTags("Topics").ReadsFromReplica();
        topics.MapGet("/", ListTopics).WithName("ListTopics").WithSummary("Topics in alphabetical order, with how many claims each has")
            .ProducesValidationProblem();
        topics.MapGet("/{slug}/timeline", GetTimeline).WithName("GetTopicTimeline")
            .WithSummary("How a topic's dispute unfolded: its claims in time order, each with its actor, first appearance, disputers and supporters")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<ClaimTopicsResponse>, ProblemHttpResult>> SetClaimTopics(
        Guid id, ClaimTopicsRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var claim = await db.Claims.Include(c => c.Topics).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        var slugs = request.Topics.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.Topics.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        var created = slugs.Except(existing.Select(t => t.Slug)).Select(slug => new Topic { Slug = slug });
        claim.Topics.Clear();
        claim.Topics.AddRange(existing.Concat(created));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ClaimTopicsResponse(id, claim.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList()));
    }

    /// <param name="q">Only topics whose slug starts with this.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<TopicResponse>>, ValidationProblem>> ListTopics(
        string? q, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        var query = db.Topics.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var prefix = Patterns.Escape(q.Trim().ToLowerInvariant()) + "%";
            query = query.Where(t => EF.Functions.Like(t.Slug, prefix, @"\"));
        }

        if (page.After is { } after)
        {
            query = query.Where(t => string.Compare(t.Slug, after) > 0);
        }

        var rows = await query
            .OrderBy(t => t.Slug)
            .Take(page.Limit + 1)
            .Select(t => new TopicResponse(
                t.Slug,
                // Counted on the join table alone (its topic index), not through the claims it points at.
                db.Set<Dictionary<string, object>>("claim_topics").Count(ct => EF.Property<Guid>(ct, "topic_id") == t.Id),
                t.CreatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, t => t.Slug));
    }

    /// <param name="slug">The topic.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<TimelineEntryResponse>>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        string slug, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        if (!TimeKey.TryParse(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        var topicId = await db.Topics.Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (topicId is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Topic not found", detail: $"No topic has the slug '{slug}'.");
        }

        var claims = db.Claims.AsNoTracking().Where(c => c.Topics.Any(t => t.Id == topicId));
        if (after is { } key)
        {
            claims = claims.Where(c => c.SaidAt > key.Time || (c.SaidAt == key.Time && c.Id > key.Id));
        }

        var keys = await claims.OrderBy(c => c.SaidAt).ThenBy(c => c.Id).Take(page.Limit + 1)
            .Select(c => new TimeKey(c.SaidAt, c.Id)).ToListAsync(ct);
        var result = page.ToPage(keys, k => k.ToString());
        var ids = result.Items.Select(k => k.Id).ToList();

        var summaries = await db.LoadSummariesAsync(ids, ct);
        var firstAppearances = (await db.ClaimAppearances.AsNoTracking()
            .Where(a => ids.Contains(a.ClaimId))
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.ClaimId,
                Appearance = new AppearanceResponse(
                    a.Id,
                    new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Outlet, a.Article.PublishedAt),
                    a.Quote,
                    a.Kind,
                    a.QuoteStart,
                    a.QuoteEnd,
                    a.CreatedAt),
            })
            .ToListAsync(ct))
            .DistinctBy(a => a.ClaimId)
            .ToDictionary(a => a.ClaimId, a => a.Appearance);
        var sides = (await db.ClaimRelations.AsNoTracking()
            .Where(r => ids.Contains(r.TargetClaimId))
            .OrderBy(r => r.Id)
            .Select(r => new
            {
                r.TargetClaimId,
                r.Type,
                Taker = new SideTakerResponse(
                    new Actors.ActorRef(r.SourceClaim.Actor.Id, r.SourceClaim.Actor.Name, r.SourceClaim.Actor.Kind), r.SourceClaimId, r.Id),
            })
            .ToListAsync(ct))
            .ToLookup(r => (r.TargetClaimId, r.Type), r => r.Taker);

        var items = ids.Select(claimId => new TimelineEntryResponse(
            summaries[claimId],
            firstAppearances.GetValueOrDefault(claimId),
            sides[(claimId, ClaimRelationType.Disputes)].ToList(),
            sides[(claimId, ClaimRelationType.Supports)].ToList())).ToList();
        return TypedResults.Ok(new Page<TimelineEntryResponse>(items, result.NextCursor));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex Slug();
}

public sealed class ClaimTopicsRequestValidator : AbstractValidator<ClaimTopicsRequest>
{
    public const int MaxTopics = 20;

    public ClaimTopicsRequestValidator()
    {
        RuleFor(r => r.Topics).Cascade(CascadeMode.Stop).NotNull().MaxItems(MaxTopics).WithMessage($"A claim has at most {MaxTopics} topics.");
        RuleForEach(r => r.Topics)
            .NotEmpty()
            .MaximumLength(Topic.MaxSlugLength)
            .Matches(TopicsApi.Slug()).WithMessage("Each topic must be a slug: lower-case letters and digits joined by hyphens, e.g. 'air-defense'.");
    }
}
