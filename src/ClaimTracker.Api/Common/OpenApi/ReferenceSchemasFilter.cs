using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// Swashbuckle writes a property of a schema type (<c>ActorRef? MemberOf</c>) and a request body as a wrapper,
/// <c>allOf: [$ref]</c> with a description and, when it may be null, <c>nullable: true</c>. OpenAPI 3.0 validators
/// (Prism, ajv) do not apply <c>nullable</c> beside an <c>allOf</c> reference, so they refuse the nulls the API sends,
/// and generators make a type of each wrapper (<c>Actor2</c>, <c>Actor3</c>). This writes each wrapper as the plain
/// <c>$ref</c> (3.0 ignores a description beside it: the one of a request body moves to the body) and a nullable one as
/// <c>anyOf: [$ref, {enum: [null]}]</c>: the only form Prism, ajv, Spectral and openapi-typescript all read as
/// "the schema or null". A typed <c>{type, nullable: true, enum: [null]}</c> branch breaks Prism (it adds a second
/// null to the enum, ajv refuses the schema and Prism then skips the check without a word).
/// </summary>
public sealed class ReferenceSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody is OpenApiRequestBody body)
            {
                foreach (var media in body.Content?.Values ?? [])
                {
                    if (media.Schema is OpenApiSchema wrapper && Unwrap(wrapper, swaggerDoc) is { } plain)
                    {
                        body.Description ??= wrapper.Description;
                        media.Schema = plain;
                    }
                }
            }

            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).OfType<OpenApiResponse>().SelectMany(r => r.Content?.Values ?? []))
            {
                media.Schema = Rewrite(media.Schema, swaggerDoc);
            }
        }

        var pending = new Stack<IOpenApiSchema>(swaggerDoc.Components?.Schemas?.Values ?? []);
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var schema))
        {
            if (schema is not OpenApiSchema concrete || !seen.Add(concrete))
            {
                continue;
            }

            if (concrete.Properties is { } properties)
            {
                foreach (var name in properties.Keys.ToList())
                {
                    properties[name] = Rewrite(properties[name], swaggerDoc)!;
                }
            }

            concrete.Items = Rewrite(concrete.Items, swaggerDoc);
            concrete.AdditionalProperties = Rewrite(concrete.AdditionalProperties, swaggerDoc);
            foreach (var child in (concrete.Properties?.Values ?? []).Concat(new[] { concrete.Items, concrete.AdditionalProperties }.OfType<IOpenApiSchema>()))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Whether a schema is Swashbuckle's wrapper of one reference: nothing but the reference, a description and nullability.</summary>
    public static bool IsWrapper(OpenApiSchema schema) =>
        schema.AllOf is [OpenApiSchemaReference] && schema.Properties is not { Count: > 0 } && schema.Items is null
        && schema.Enum is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 };

    private static IOpenApiSchema? Rewrite(IOpenApiSchema? schema, OpenApiDocument document) =>
        schema is OpenApiSchema wrapper && IsWrapper(wrapper)
            ? wrapper.Type?.HasFlag(JsonSchemaType.Null) == true
                ? new OpenApiSchema
                {
                    Description = wrapper.Description,
                    AnyOf = [Reference(wrapper, document), new OpenApiSchema { Enum = [null!] }],
                }
                : Reference(wrapper, document)
            : schema;

    private static OpenApiSchemaReference? Unwrap(OpenApiSchema schema, OpenApiDocument document) =>
        IsWrapper(schema) && schema.Type?.HasFlag(JsonSchemaType.Null) != true ? Reference(schema, document) : null;

    private static OpenApiSchemaReference Reference(OpenApiSchema wrapper, OpenApiDocument document) =>
        new(((OpenApiSchemaReference)wrapper.AllOf![0]).Reference.Id!, document);
}
