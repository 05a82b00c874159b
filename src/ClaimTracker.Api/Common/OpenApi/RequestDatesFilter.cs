using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// A <c>DateTimeOffset</c> a client sends (<c>publishedAt</c>, <c>statedAt</c>, <c>reviewedAt</c>) may be a date alone,
/// which System.Text.Json reads as midnight UTC; the README, ClaimTracker.http and archive files send dates that way.
/// <c>format: date-time</c> (RFC 3339) refuses a date alone, so request schemas say what is accepted with a pattern: a
/// date, or a date and time with its offset. Responses keep <c>date-time</c>: the API always writes the full form.
/// </summary>
public sealed class RequestDatesFilter : IDocumentFilter
{
    public const string Pattern = @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}))?$";
    private const int MaxLength = 33; // 2024-03-01T09:30:00.1234567+01:00

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var bodies = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => (o.RequestBody?.Content?.Values ?? []).Select(m => m.Schema));
        foreach (var name in ResponseSchemasFilter.Reachable(schemas, bodies))
        {
            if (!schemas.TryGetValue(name, out var found) || found is not OpenApiSchema { Properties: { } properties })
            {
                continue;
            }

            foreach (var (property, schema) in properties.ToList())
            {
                if (schema is OpenApiSchema { Format: "date-time" } date && date.Type?.HasFlag(JsonSchemaType.String) == true)
                {
                    properties[property] = new OpenApiSchema
                    {
                        Type = date.Type,
                        Description = (date.Description is { Length: > 0 } d ? d + " " : "")
                            + "A date (2024-03-01, meaning midnight UTC) or a date and time with its offset (2024-03-01T09:30:00Z).",
                        Pattern = Pattern,
                        MaxLength = MaxLength,
                        Example = date.Example,
                    };
                }
            }
        }
    }
}
