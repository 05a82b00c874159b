using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;

namespace ClaimTracker.Api.Claims;

public static class ClaimMapping
{
    /// <summary>Projects claims to responses in SQL; call <see cref="WithFirstAppearance"/> on each result.</summary>
    public static IQueryable<ClaimResponse> SelectResponses(this IQueryable<Claim> claims) =>
        claims.Select(c => new ClaimResponse(
            c.Id,
            c.Text,
            c.Quote,
            c.Kind,
            null,
            null,
            c.StatedAt,
            c.EvidenceProvided,
            new ActorRef(c.Actor.Id, c.Actor.Name, c.Actor.Kind),
            null,
            c.Appearances
                .OrderBy(a => a.Id)
                .Select(a => new AppearanceResponse(
                    a.Id,
                    new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Outlet, a.Article.PublishedAt),
                    a.Quote,
                    a.Kind,
                    a.QuoteStart,
                    a.QuoteEnd,
                    a.CreatedAt))
                .ToList(),
            c.CreatedAt,
            c.UpdatedAt));

    /// <summary>Fills the claim's article, quote, kind and offsets from its first (oldest) appearance.</summary>
    public static ClaimResponse WithFirstAppearance(this ClaimResponse claim) =>
        claim.Appearances is [var first, ..]
            ? claim with
            {
                Article = first.Article,
                Quote = first.Quote ?? claim.Quote,
                Kind = first.Kind,
                QuoteStart = first.QuoteStart,
                QuoteEnd = first.QuoteEnd,
            }
            : claim;
}
