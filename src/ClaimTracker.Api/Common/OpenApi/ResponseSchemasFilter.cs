using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// The serializer writes every property of a response record, null or not (unless a conditional <c>[JsonIgnore]</c>
/// says otherwise), so those properties of a schema that only responses use are required (nullability says which may
/// be null). Request schemas get theirs from the validators.
/// </summary>
public sealed class ResponseSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var operations = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).ToList();
        var requestSchemas = Reachable(schemas, operations
            .SelectMany(o => (o.RequestBody?.Content?.Values ?? []).Select(m => m.Schema)));
        var responseSchemas = Reachable(schemas, operations
            .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? [])
            .SelectMany(r => r.Content?.Values ?? [])
            .Select(m => m.Schema));

        foreach (var name in responseSchemas.Except(requestSchemas).Except([ProblemComponents.ProblemSchema, ProblemComponents.ValidationProblemSchema]))
        {
            if (schemas[name] is OpenApiSchema { Properties.Count: > 0 } schema)
            {
                schema.Required = schema.Metadata?.TryGetValue(WrittenPropertiesSchemaFilter.MetadataKey, out var written) == true
                    ? (ISet<string>)written
                    : new SortedSet<string>(schema.Properties.Keys, StringComparer.Ordinal);
            }
        }

        // System.Text.Json ignores members it does not know, so a request may carry more than its schema lists.
        foreach (var name in requestSchemas)
        {
            if (schemas.TryGetValue(name, out var found) && found is OpenApiSchema { AdditionalPropertiesAllowed: false } schema)
            {
                schema.AdditionalPropertiesAllowed = true;
                schema.AdditionalProperties = null;
            }
        }

        foreach (var unused in schemas.Keys.Except(requestSchemas).Except(responseSchemas)
            .Except([ProblemComponents.ProblemSchema, ProblemComponents.ValidationProblemSchema]).ToList())
        {
            schemas.Remove(unused);
        }
    }

    /// <summary>The names of the component schemas these schemas refer to, directly or through others.</summary>
    internal static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> components, IEnumerable<IOpenApiSchema?> roots)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference reference)
            {
                var id = reference.Reference.Id;
                if (id is not null && found.Add(id) && components.TryGetValue(id, out var target) && target is not OpenApiSchemaReference)
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return found;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
            .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Concat(new[] { schema.Items, schema.AdditionalProperties }.OfType<IOpenApiSchema>());
}
