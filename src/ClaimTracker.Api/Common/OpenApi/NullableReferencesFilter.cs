using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// A nullable property of a schema type (<c>ActorRef? MemberOf</c>) is written as <c>allOf: [$ref]</c> with
/// <c>nullable: true</c>; OpenAPI 3.0 only honours <c>nullable</c> next to a <c>type</c>, so this gives it the type of
/// the schema it refers to.
/// </summary>
public sealed class NullableReferencesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var pending = new Stack<IOpenApiSchema>(swaggerDoc.Components?.Schemas?.Values ?? []);
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var schema))
        {
            if (schema is not OpenApiSchema concrete || !seen.Add(concrete))
            {
                continue;
            }

            if ((concrete.Type ?? JsonSchemaType.Null) == JsonSchemaType.Null && concrete.AllOf is [OpenApiSchemaReference reference]
                && reference.Reference.Id is { } id && swaggerDoc.Components?.Schemas?.TryGetValue(id, out var target) == true
                && target.Type is { } type)
            {
                concrete.Type = type | (concrete.Type ?? type);
            }

            foreach (var child in (concrete.Properties?.Values ?? []).Concat(new[] { concrete.Items }.OfType<IOpenApiSchema>()))
            {
                pending.Push(child);
            }
        }
    }
}
