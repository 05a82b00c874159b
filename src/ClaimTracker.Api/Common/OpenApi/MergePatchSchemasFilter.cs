using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// A JSON Merge Patch body (<c>application/merge-patch+json</c>) gives only the fields to change, so its schema is
/// the request schema with nothing required: <c>ActorRequest</c> becomes <c>ActorRequestPatch</c>. The merged result
/// is then validated like a PUT (400 for a field cleared that must have a value).
/// </summary>
public sealed class MergePatchSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        var bodies = swaggerDoc.Paths.Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .Select(o => o.RequestBody?.Content?.TryGetValue(MergePatch.MediaType, out var media) == true ? media : null)
            .OfType<OpenApiMediaType>();
        foreach (var media in bodies)
        {
            var reference = media.Schema as OpenApiSchemaReference
                ?? (media.Schema?.AllOf is [OpenApiSchemaReference only] ? only : null);
            if (schemas is null || reference?.Reference.Id is not { } id || schemas[id] is not OpenApiSchema full)
            {
                continue;
            }

            var patchId = id + "Patch";
            if (!schemas.ContainsKey(patchId))
            {
                schemas[patchId] = new OpenApiSchema
                {
                    Type = full.Type,
                    Description = $"Fields of {id} to change (JSON Merge Patch, RFC 7396): the fields given replace the current ones, null clears one.",
                    Properties = new Dictionary<string, IOpenApiSchema>(full.Properties ?? new Dictionary<string, IOpenApiSchema>()),
                    Example = full.Example?.DeepClone(),
                };
            }

            media.Schema = new OpenApiSchemaReference(patchId, swaggerDoc);
        }
    }
}
