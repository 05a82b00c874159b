using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Articles;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Articles");

        group.MapGet("/", ListArticles).WithName("ListArticles").ReadsFromReplica().WithSummary("List articles, newest first; filter by title/outlet text or outlet")
            .ProducesValidationProblem();
        group.MapPost("/", CreateArticle).WithName("CreateArticle").WithSummary("Store an article")
            .WithValidation<ArticleRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}", GetArticle).WithName("GetArticle").WithSummary("Get an article with its full text; ETag, and 304 for a current If-None-Match")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateArticle).WithName("UpdateArticle").WithSummary("Replace an article (If-Match: 412 when it changed)")
            .WithValidation<ArticleRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch("/{id}", PatchArticle).WithName("PatchArticle")
            .WithSummary("Change some fields of an article (JSON Merge Patch; If-Match: 412 when it changed)")
            .Accepts<ArticleRequest>(MergePatch.MediaType).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id}", DeleteArticle).WithName("DeleteArticle")
            .WithSummary("Delete an article; 409 while claims appear in it, unless cascade=true removes those appearances")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/{id}/claims", ArticleClaimsApi.ListArticleClaims).WithName("ListArticleClaims")
            .WithSummary("The claims reported in an article, in reading order, each with its actor")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    /// <param name="q">Text to find in the title or outlet (case-insensitive).</param>
    /// <param name="outlet">Only articles of this outlet (exact name, case-insensitive).</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ArticleSummaryResponse>>, ValidationProblem>> ListArticles(
        ClaimTrackerDbContext db, string? q, string? outlet, int? limit, string? cursor, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !page.TryGetAfterId(out var afterId))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        var query = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Patterns.Contains(q.Trim());
            query = query.Where(a => EF.Functions.ILike(a.Title, pattern, @"\") || EF.Functions.ILike(a.Outlet!, pattern, @"\"));
        }

        if (!string.IsNullOrWhiteSpace(outlet))
        {
            var exact = Patterns.Escape(outlet.Trim());
            query = query.Where(a => EF.Functions.ILike(a.Outlet!, exact, @"\"));
        }

        if (afterId is { } after)
        {
            query = query.Where(a => a.Id < after);
        }

        var rows = await query
            .OrderByDescending(a => a.Id)
            .Take(page.Limit + 1)
            .Select(a => new ArticleSummaryResponse(
                a.Id, a.Title, a.Url, a.Outlet, a.PublishedAt, a.Language, a.Body.Length, a.CreatedAt, a.UpdatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, a => PageRequest.IdKey(a.Id)));
    }

    public static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(
        ArticleRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var article = new Article { Title = "" };
        article.Apply(request);
        if (await UrlTakenAsync(db, article.Url, except: null, ct) is { } other)
        {
            return UrlConflict(article.Url!, other);
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/articles/{article.Id}", article.ToResponse());
    }

    public static async Task<Results<Ok<ArticleResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetArticle(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return Problems.NotFound("Article", id);
        }

        if (http.Request.IsNotModified(article.Version))
        {
            return Preconditions.NotModified(http.Response, article.Version);
        }

        http.Response.SetETag(article.Version);
        return TypedResults.Ok(article.ToResponse());
    }

    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> UpdateArticle(
        Guid id, ArticleRequest request, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return Problems.NotFound("Article", id);
        }

        if (!http.Request.IfMatchAllows(article.Version, out _))
        {
            return Preconditions.Failed("Article", id);
        }

        var oldBody = article.Body;
        article.Apply(request);
        if (await UrlTakenAsync(db, article.Url, except: id, ct) is { } other)
        {
            return UrlConflict(article.Url!, other);
        }

        // A new body must still hold every quote at its offsets, or the claims would point at the wrong words.
        if (!string.Equals(oldBody, article.Body, StringComparison.Ordinal))
        {
            var spans = await db.ClaimAppearances
                .Where(a => a.ArticleId == id && a.QuoteStart != null)
                .Select(a => new { a.ClaimId, a.Quote, a.QuoteStart, a.QuoteEnd })
                .ToListAsync(ct);
            var broken = spans.FirstOrDefault(s => !QuoteSpan.Matches(article.Body, s.Quote, s.QuoteStart, s.QuoteEnd));
            if (broken is not null)
            {
                return Problems.Invalid("body",
                    $"The new body no longer holds the quote of claim '{broken.ClaimId}' at [{broken.QuoteStart}, {broken.QuoteEnd}); update that claim's offsets first.");
            }
        }

        if (!await db.SaveVersionedAsync(article, ct))
        {
            return Preconditions.Failed("Article", id);
        }

        http.Response.SetETag(article.Version);
        return TypedResults.Ok(article.ToResponse());
    }

    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> PatchArticle(
        Guid id, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var current = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (current is null)
        {
            return Problems.NotFound("Article", id);
        }

        var (merged, refused, invalid) = await MergePatch.ApplyAsync(http, new ArticleRequest(
            current.Title, current.Url, current.Outlet, current.PublishedAt, current.Language, current.Body));
        return merged is null ? (refused is null ? invalid! : refused) : await UpdateArticle(id, merged, http, db, ct);
    }

    /// <param name="cascade">Also remove the appearances of claims in this article (the claims themselves stay).</param>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        Guid id, bool? cascade, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var version = await db.Articles.Where(a => a.Id == id).Select(a => (uint?)a.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Article", id);
        }

        if (!http.Request.IfMatchAllows(version.Value, out _))
        {
            return Preconditions.Failed("Article", id);
        }

        var appearances = db.ClaimAppearances.Where(a => a.ArticleId == id);
        if (cascade != true && await appearances.CountAsync(ct) is var count and > 0)
        {
            return Problems.Conflict("Article has claims",
                $"{count} claim(s) appear in this article. Delete them, or pass ?cascade=true to remove their appearances in it (the claims stay).");
        }

        await appearances.ExecuteDeleteAsync(ct);
        if (await db.Articles.Where(a => a.Id == id && a.Version == version).ExecuteDeleteAsync(ct) == 0)
        {
            return Preconditions.Failed("Article", id); // changed between the check and the delete; the rollback keeps it whole
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Guid?> UrlTakenAsync(ClaimTrackerDbContext db, string? url, Guid? except, CancellationToken ct) =>
        url is null
            ? null
            : await db.Articles.Where(a => a.Url == url && a.Id != except).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult UrlConflict(string url, Guid other) =>
        Problems.Conflict("Duplicate url", $"Article '{other}' already has the url '{url}'.");
}
