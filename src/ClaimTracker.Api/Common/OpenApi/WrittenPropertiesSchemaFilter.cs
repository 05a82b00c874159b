using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// Notes which properties the serializer always writes (all but those with a conditional <c>[JsonIgnore]</c>), for
/// <see cref="ResponseSchemasFilter"/> to make required in response schemas.
/// </summary>
public sealed class WrittenPropertiesSchemaFilter : ISchemaFilter
{
    public const string MetadataKey = "claimtracker:always-written";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } target || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        var written = context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null or { Condition: JsonIgnoreCondition.Never })
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(target.Properties.ContainsKey);
        target.Metadata ??= new Dictionary<string, object>();
        target.Metadata[MetadataKey] = new SortedSet<string>(written, StringComparer.Ordinal);
    }
}
