using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Marks an endpoint that reads an NDJSON body itself. It documents the body for Swagger instead of
/// <c>Accepts()</c>, whose content-type check runs in routing, before authentication: a request without a key must
/// get 401, not 415.
/// </summary>
public sealed class NdjsonRequestBody(string description)
{
    public string Description { get; } = description;
}

internal sealed class NdjsonRequestBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NdjsonRequestBody>().FirstOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = body.Description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ImportApi.MediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
        }
    }
}
