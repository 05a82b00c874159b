using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Verdicts;

/// <summary>A claim's verdicts as schema.org ClaimReview JSON-LD: <c>/api/claims/{id}/claimreview</c>.</summary>
public static class ClaimReviewApi
{
    public const string MediaType = "application/ld+json";

    public static RouteGroupBuilder MapClaimReview(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{id}/claimreview", ExportClaimReview).WithName("ExportClaimReview")
            .WithSummary("The claim's verdicts as schema.org ClaimReview JSON-LD, one per verdict")
            .Produces<JsonArray>(StatusCodes.Status200OK, MediaType).ProducesProblem(StatusCodes.Status404NotFound);
        return claims;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportClaimReview(
        Guid id, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Text,
            ActorName = c.Actor.Name,
            ActorKind = c.Actor.Kind,
            c.SaidAt,
            Articles = c.Appearances.OrderBy(a => a.Id).Select(a => new { a.Article.Url, a.Article.Title }).ToList(),
            Verdicts = c.Verdicts.OrderBy(v => v.Id).Select(v => new
            {
                Reviewer = v.ReviewerActor != null ? v.ReviewerActor.Name : v.ReviewerName!,
                v.Rating,
                v.RatingValue,
                v.Url,
                v.ReviewedAt,
            }).ToList(),
        }).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        var appearances = claim.Articles.Select(a => Node(new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["url"] = a.Url,
            ["headline"] = a.Title,
        })).ToList();
        var reviews = new JsonArray();
        foreach (var verdict in claim.Verdicts)
        {
            var item = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject
                {
                    ["@type"] = claim.ActorKind == ActorKind.Person ? "Person" : "Organization",
                    ["name"] = claim.ActorName,
                },
                ["datePublished"] = claim.SaidAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (appearances.Count > 0)
            {
                item["firstAppearance"] = appearances[0].DeepClone();
                item["appearance"] = new JsonArray([.. appearances.Select(a => a.DeepClone())]);
            }

            var rating = new JsonObject { ["@type"] = "Rating" };
            if (ToScale(verdict.RatingValue) is { } value)
            {
                rating["ratingValue"] = value;
            }

            rating["bestRating"] = 5;
            rating["worstRating"] = 1;
            rating["alternateName"] = verdict.Rating;
            var review = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "ClaimReview",
                ["claimReviewed"] = claim.Text,
                ["reviewRating"] = rating,
                ["itemReviewed"] = item,
                ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = verdict.Reviewer },
            };
            AddIfPresent(review, "url", verdict.Url);
            AddIfPresent(review, "datePublished", verdict.ReviewedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            reviews.Add(review);
        }

        return TypedResults.Text(reviews.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), MediaType);
    }

    /// <summary>The 1–5 scale of schema.org ratings; null for unproven, which has no place on it (ratingValue is left out).</summary>
    public static int? ToScale(RatingValue value) => value switch
    {
        RatingValue.False => 1,
        RatingValue.MostlyFalse => 2,
        RatingValue.Mixed => 3,
        RatingValue.MostlyTrue => 4,
        RatingValue.True => 5,
        _ => null,
    };

    private static JsonObject Node(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }

        return node;
    }

    private static void AddIfPresent(JsonObject node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }
}
