using System.Globalization;
using ClaimTracker.Api.Queries;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// The limits the handlers enforce on query and route parameters: paging (<c>limit</c>, <c>cursor</c>), thread
/// <c>depth</c>, and <see cref="QueryLimitsFilter.MaxValueLength"/> on every other string.
/// </summary>
public sealed class ParameterLimitsFilter : IOperationFilter
{
    private static readonly Dictionary<string, (int Min, int Max, int Default)> Ranges = new(StringComparer.Ordinal)
    {
        ["limit"] = (1, PageRequest.MaxLimit, PageRequest.DefaultLimit),
        ["depth"] = (1, ThreadApi.MaxDepth, ThreadApi.DefaultDepth),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Schema is not OpenApiSchema schema || parameter.In is not (ParameterLocation.Query or ParameterLocation.Path))
            {
                continue;
            }

            if (schema.Type?.HasFlag(JsonSchemaType.Integer) == true && Ranges.TryGetValue(parameter.Name ?? "", out var range))
            {
                schema.Minimum = range.Min.ToString(CultureInfo.InvariantCulture);
                schema.Maximum = range.Max.ToString(CultureInfo.InvariantCulture);
                schema.Default = range.Default;
            }
            else if (schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.Format is null && schema.Enum is null)
            {
                schema.MaxLength = parameter.Name == "cursor" ? PageRequest.MaxCursorLength : QueryLimitsFilter.MaxValueLength;
            }
        }
    }
}
