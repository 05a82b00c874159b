using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Verdicts;

/// <summary>
/// <c>POST /api/import/claimreview</c> reads its body as raw JSON (two outside formats), so its schema is written here:
/// an array of ClaimReview documents, one document, or the fact-check search API's <c>{ "claims": [...] }</c>.
/// </summary>
public sealed class ClaimReviewImportBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "ImportClaimReview" || operation.RequestBody?.Content is not { } content
            || !content.TryGetValue("application/json", out var json))
        {
            return;
        }

        var review = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A schema.org ClaimReview (JSON-LD): claimReviewed, itemReviewed.author, author, reviewRating, url. "
                + "An item that lacks a field the import needs comes back with status 'error'.",
        };
        json.Schema = new OpenApiSchema
        {
            AnyOf =
            [
                new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = ClaimReviewImportApi.MaxReviews, Items = review },
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "The fact-check search API's answer: claims, each with its claimReview list.",
                    Required = new SortedSet<string>(StringComparer.Ordinal) { "claims" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["claims"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            MaxItems = ClaimReviewImportApi.MaxReviews,
                            Items = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A claim: text, claimant, claimDate, claimReview." },
                        },
                    },
                },
                review,
            ],
        };
        if (operation.RequestBody is OpenApiRequestBody body)
        {
            body.Required = true;
        }
    }
}
