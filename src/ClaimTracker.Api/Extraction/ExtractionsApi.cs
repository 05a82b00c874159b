using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Extraction;

public static class ExtractionsApi
{
    public static IEndpointRouteBuilder MapExtractions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Extraction");

        group.MapPost("/articles/{id}/extractions", ExtractArticle).WithName("ExtractArticle")
            .WithSummary("Suggest the quotes and reported claims of a stored article, with speakers resolved against stored actors")
            .WithMetadata(new ReadOnlyOperation()).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/extractions", ExtractText).WithName("ExtractText")
            .WithSummary("Suggest the quotes and reported claims of raw text; stores nothing")
            .WithMetadata(new ReadOnlyOperation()).WithValidation<ExtractTextRequest>();
        group.MapPost("/articles/{id}/extractions/accept", AcceptExtractions.AcceptAsync).WithName("AcceptExtractions")
            .WithSummary("Record the kept suggestions as claims of the article, creating new speakers, all or nothing")
            .WithValidation<AcceptExtractionsRequest>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<ExtractionResponse>, ProblemHttpResult>> ExtractArticle(
        Guid id, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Body).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return Problems.NotFound("Article", id);
        }

        return TypedResults.Ok(new ExtractionResponse(QuoteExtractor.Extract(body, await LoadActorsAsync(db, ct))));
    }

    public static async Task<Ok<ExtractionResponse>> ExtractText(ExtractTextRequest request, ClaimTrackerDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new ExtractionResponse(QuoteExtractor.Extract(request.Text!, await LoadActorsAsync(db, ct))));

    // Every stored actor is a candidate speaker; the extractor matches names and aliases case-insensitively.
    private static Task<List<KnownActor>> LoadActorsAsync(ClaimTrackerDbContext db, CancellationToken ct) =>
        db.Actors.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new KnownActor(a.Id, a.Name, a.Kind, a.Description, a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList()))
            .ToListAsync(ct);
}
