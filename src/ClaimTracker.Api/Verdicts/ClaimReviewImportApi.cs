using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Verdicts;

/// <summary>The outcome of one imported review.</summary>
/// <param name="Index">Its position among the reviews of the body (search API: reviews of every claim, in order).</param>
/// <param name="Status">created, reused or error.</param>
/// <param name="ClaimId">The claim it rates, created or reused.</param>
/// <param name="VerdictId">The verdict, created or reused.</param>
/// <param name="Error">Why it was not imported.</param>
public sealed record ImportItemResult(int Index, string Status, Guid? ClaimId, Guid? VerdictId, string? Error);

/// <summary>Imports fact-checks: <c>POST /api/import/claimreview</c>.</summary>
public static class ClaimReviewImportApi
{
    public const int MaxReviews = 500;

    public static IEndpointRouteBuilder MapClaimReviewImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/import/claimreview", ImportClaimReview).WithName("ImportClaimReview").WithTags("Verdicts")
            .WithSummary("Import ClaimReview JSON-LD (an array) or the fact-check search API's { claims: [...] }; idempotent, per-item results")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportItemResult>>, ValidationProblem>> ImportClaimReview(
        JsonElement body, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (StorableText.FindIn(body) is var (path, problem))
        {
            return Problems.Invalid(path, $"'{path}' {problem}.");
        }

        if (ClaimReviewParsing.Parse(body) is not { } items)
        {
            return Problems.Invalid("body", "The body must be an array of ClaimReview documents or an object with a 'claims' array.");
        }

        if (items.Count > MaxReviews)
        {
            return Problems.Invalid("body", $"At most {MaxReviews} reviews per request.");
        }

        var results = new List<ImportItemResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (Check(items[i]) is { } error)
            {
                results.Add(new ImportItemResult(i, "error", null, null, error));
                continue;
            }

            try
            {
                results.Add(await ImportAsync(db, i, items[i], ct));
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                results.Add(new ImportItemResult(i, "error", null, null, $"Could not be stored: {e.InnerException?.Message ?? e.Message}"));
            }
        }

        return TypedResults.Ok<IReadOnlyList<ImportItemResult>>(results);
    }

    private static string? Check(ImportItem item) =>
        item.Text is null or { Length: > Claim.MaxTextLength } ? $"The claim text is missing or longer than {Claim.MaxTextLength} characters."
        : item.Claimant is null or { Length: > Actor.MaxNameLength } ? "The claimant's name is missing or too long."
        : item.Reviewer is null or { Length: > Actor.MaxNameLength } ? "The reviewer's (publisher's) name is missing or too long."
        : item.Url is not null && (!VerdictRequestValidator.BeAnHttpUrl(item.Url) || item.Url.Length > Verdict.MaxUrlLength) ? "The review url must be an http or https URL."
        : item.AppearanceUrl is not null && (!VerdictRequestValidator.BeAnHttpUrl(item.AppearanceUrl) || item.AppearanceUrl.Length > Article.MaxUrlLength) ? "The appearance url must be an http or https URL."
        : item.Rating is { Length: > Verdict.MaxRatingLength } ? "The rating is too long."
        : null;

    private static async Task<ImportItemResult> ImportAsync(ClaimTrackerDbContext db, int index, ImportItem item, CancellationToken ct)
    {
        var claimant = await FindOrAddActorAsync(db, item.Claimant!, item.ClaimantIsPerson ? ActorKind.Person : ActorKind.Other, ct);
        var reviewerPattern = Patterns.Escape(item.Reviewer!);

        var claim = await db.Claims.Include(c => c.Appearances).FirstOrDefaultAsync(c => c.ActorId == claimant.Id && c.Text == item.Text, ct);
        if (claim is null)
        {
            claim = new Claim { ActorId = claimant.Id, Text = item.Text!, Kind = ClaimKind.Indirect, StatedAt = item.ClaimDate };
            db.Claims.Add(claim);
        }

        if (item.AppearanceUrl is { } url)
        {
            var article = await db.Articles.FirstOrDefaultAsync(a => a.Url == url, ct)
                ?? db.Articles.Local.FirstOrDefault(a => a.Url == url);
            if (article is null)
            {
                article = new Article { Title = Truncate(item.AppearanceHeadline ?? url, Article.MaxTitleLength), Url = url };
                db.Articles.Add(article);
            }

            if (!claim.Appearances.Any(a => a.ArticleId == article.Id))
            {
                claim.Appearances.Add(new ClaimAppearance { ArticleId = article.Id, Kind = ClaimKind.Indirect });
            }
        }

        // The same reviewer, whether stored as an actor or only named.
        var existing = await db.Verdicts
            .Where(v => v.ClaimId == claim.Id && v.Url == item.Url)
            .Where(v => EF.Functions.ILike(v.ReviewerActor != null ? v.ReviewerActor.Name : v.ReviewerName!, reviewerPattern))
            .Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        if (existing is { } verdictId)
        {
            await db.SaveChangesAsync(ct);
            return new ImportItemResult(index, "reused", claim.Id, verdictId, null);
        }

        var reviewer = await FindOrAddActorAsync(db, item.Reviewer!, ActorKind.Organization, ct);
        var reviewerIsActor = reviewer.Kind is ActorKind.Media or ActorKind.Organization;

        var verdict = new Verdict
        {
            ClaimId = claim.Id,
            ReviewerActorId = reviewerIsActor ? reviewer.Id : null,
            ReviewerName = reviewerIsActor ? null : reviewer.Name,
            Rating = item.Rating ?? item.RatingValue.ToString(),
            RatingValue = item.RatingValue,
            Url = item.Url,
            ReviewedAt = item.ReviewDate,
        };
        db.Verdicts.Add(verdict);
        await db.SaveChangesAsync(ct);
        return new ImportItemResult(index, "created", claim.Id, verdict.Id, null);
    }

    private static async Task<Actor> FindOrAddActorAsync(ClaimTrackerDbContext db, string name, ActorKind kind, CancellationToken ct)
    {
        var normalized = name.ToLowerInvariant();
        var actor = await db.Actors.FirstOrDefaultAsync(a => EF.Property<string>(a, "NormalizedName") == normalized, ct)
            ?? db.Actors.Local.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (actor is null)
        {
            actor = new Actor { Name = name, Kind = kind, Description = "Imported from a ClaimReview." };
            db.Actors.Add(actor);
        }

        return actor;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
