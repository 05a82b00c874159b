namespace ClaimTracker.Api.Articles;

/// <summary>The body of <c>POST /api/articles</c> and <c>PUT /api/articles/{id}</c>.</summary>
/// <param name="Title">Headline as published.</param>
/// <param name="Url">Where the article is published; unique when given.</param>
/// <param name="Outlet">The publisher's name.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Language">BCP 47 language tag; "en" when omitted.</param>
/// <param name="Body">The full text, up to 200,000 characters. Claim offsets index into it (UTF-16 code units, as in JavaScript).</param>
public sealed record ArticleRequest(
    string Title,
    string? Url,
    string? Outlet,
    DateTimeOffset? PublishedAt,
    string? Language,
    string? Body);

/// <summary>An article with its full text.</summary>
public sealed record ArticleResponse(
    Guid Id,
    string Title,
    string? Url,
    string? Outlet,
    DateTimeOffset? PublishedAt,
    string Language,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>An article in a list: everything but the body, which can be 200,000 characters long.</summary>
public sealed record ArticleSummaryResponse(
    Guid Id,
    string Title,
    string? Url,
    string? Outlet,
    DateTimeOffset? PublishedAt,
    string Language,
    int BodyLength,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The article a claim was reported in, as a claim shows it.</summary>
public sealed record ArticleRef(Guid Id, string Title, string? Url, string? Outlet, DateTimeOffset? PublishedAt);

public static class ArticleMapping
{
    public static ArticleResponse ToResponse(this Article a) =>
        new(a.Id, a.Title, a.Url, a.Outlet, a.PublishedAt, a.Language, a.Body, a.CreatedAt, a.UpdatedAt);

    public static void Apply(this Article article, ArticleRequest request)
    {
        article.Title = request.Title.Trim();
        article.Url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        article.Outlet = string.IsNullOrWhiteSpace(request.Outlet) ? null : request.Outlet.Trim();
        article.PublishedAt = request.PublishedAt?.ToUniversalTime();
        article.Language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language.Trim();
        article.Body = request.Body ?? "";
    }
}
