using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>Adds <see cref="ProblemComponents"/> to the document, replacing the generated problem schemas.</summary>
public sealed class ProblemComponentsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context) => ProblemComponents.AddTo(swaggerDoc);
}

/// <summary>The shared problem responses (RFC 9457, <c>application/problem+json</c>), their schemas and the common headers.</summary>
public static class ProblemComponents
{
    public const string RateLimitHeader = "X-RateLimit-Limit";
    public const string AllowOriginHeader = "Access-Control-Allow-Origin";
    public const string RetryAfterHeader = "Retry-After";
    public const string ETagHeader = "ETag";
    public const string LocationHeader = "Location";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";
    private const string ProblemMediaType = "application/problem+json";

    private static readonly Dictionary<int, (string Name, string Title, string Detail)> Known = new()
    {
        [400] = ("BadRequest", "One or more validation errors occurred.", "The request is malformed or breaks a rule; 'errors' names each field at fault."),
        [401] = ("Unauthorized", "Unauthorized", "Send an API key with the editor role in the X-API-Key header."),
        [403] = ("Forbidden", "Forbidden", "This needs a key with the editor role; key 'frontend' is a reader."),
        [404] = ("NotFound", "Claim not found", "No claim has the id '0196a3f2-7c1e-7b1a-9d2e-3f4a5b6c7d8e'."),
        [409] = ("Conflict", "Conflict", "The change conflicts with an existing resource."),
        [412] = ("PreconditionFailed", "Precondition failed", "The resource changed since the If-Match ETag was read. Read it again and retry."),
        [413] = ("PayloadTooLarge", "Request body too large", "The request body is larger than the limit of 1,048,576 bytes."),
        [415] = ("UnsupportedMediaType", "Unsupported Media Type", "Send the request body as JSON, with 'Content-Type: application/json'."),
        [422] = ("UnprocessableEntity", "Idempotency key reused", "The Idempotency-Key 'k1' was used for a different request. Use a new key for a new request."),
        [429] = ("TooManyRequests", "Too many requests", "The rate limit of this key (or address) is used up. Retry after 42 seconds."),
        [500] = ("InternalServerError", "Internal server error", "An unexpected error occurred. It has been logged with the trace id of this response."),
        [503] = ("ServiceUnavailable", "Database unavailable", "The database cannot be reached right now. Try again shortly."),
    };

    /// <summary>
    /// Kestrel refuses a request line (method, path and query) longer than its limit before any middleware runs: 414
    /// with an empty body and none of the API's headers.
    /// </summary>
    public const string UriTooLongResponse = "UriTooLong";

    public static string ResponseName(int status) =>
        status == StatusCodes.Status414UriTooLong ? UriTooLongResponse
        : Known.TryGetValue(status, out var known) ? known.Name : "Status" + status;

    public static OpenApiSchema EntityTag() => new() { Type = JsonSchemaType.String, MaxLength = 100, Pattern = "^(W/)?\"[^\"]*\"$" };

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Schemas[ProblemSchema] = Problem(validation: false);
        document.Components.Schemas[ValidationProblemSchema] = Problem(validation: true);
        var headers = document.Components.Headers;
        headers[RateLimitHeader] = HeaderOf("Requests allowed per minute to this key (or address without a key); absent when rate limits are off.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1000000" });
        headers[AllowOriginHeader] = HeaderOf("The calling origin, when it is one of Cors:AllowedOrigins (none by default).",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", MaxLength = 2000 });
        headers[RetryAfterHeader] = HeaderOf("Seconds to wait before trying again.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "3600" }, required: true);
        headers[ETagHeader] = HeaderOf("The version of the resource, for If-None-Match and If-Match.", EntityTag(), required: true);
        headers[LocationHeader] = HeaderOf("The URL of the created resource.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = 2000 }, required: true);
        headers[ReplayedHeader] = HeaderOf("'true' when this is the stored answer to an earlier request with the same Idempotency-Key.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")] });

        // Kestrel's default limit: HttpHardening changes the body size limit only.
        var maxRequestLine = new Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerLimits().MaxRequestLineSize;
        document.Components.Responses[UriTooLongResponse] = new OpenApiResponse
        {
            Description = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"URI too long: the request line (method, path and query) is longer than {maxRequestLine:N0} bytes. ")
                + "The web server (Kestrel) answers this before the API sees the request, with an empty body and none of the API's headers.",
        };

        foreach (var (status, known) in Known)
        {
            var response = new OpenApiResponse
            {
                Description = known.Title,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemMediaType] = new()
                    {
                        Schema = new OpenApiSchemaReference(status == 400 ? ValidationProblemSchema : ProblemSchema, document),
                        Example = Example(status, known.Title, known.Detail),
                    },
                },
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    [AllowOriginHeader] = new OpenApiHeaderReference(AllowOriginHeader, document),
                },
            };
            if (status < 500)
            {
                response.Headers[RateLimitHeader] = new OpenApiHeaderReference(RateLimitHeader, document);
            }

            if (status is 429 or 503)
            {
                response.Headers[RetryAfterHeader] = new OpenApiHeaderReference(RetryAfterHeader, document);
            }

            document.Components.Responses[known.Name] = response;
        }
    }

    private static OpenApiHeader HeaderOf(string description, OpenApiSchema schema, bool required = false) =>
        new() { Description = description, Schema = schema, Required = required };

    private static JsonObject Example(int status, string title, string detail)
    {
        var example = new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        };
        if (status == 400)
        {
            example["errors"] = new JsonObject { ["name"] = new JsonArray("'name' must be 200 characters or fewer. You entered 250 characters.") };
        }

        return example;
    }

    private static OpenApiSchema Problem(bool validation)
    {
        OpenApiSchema Text(int max, string description) => new() { Type = JsonSchemaType.String, MaxLength = max, Description = description };
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = validation
                ? "An RFC 9457 problem whose 'errors' lists the messages for each field, parameter or header at fault."
                : "An RFC 9457 problem.",
            Required = new SortedSet<string>(StringComparer.Ordinal) { "status", "title" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text(2000, "A URI reference that identifies the problem type."),
                ["title"] = Text(2000, "A short summary of the problem type."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599" },
                ["detail"] = Text(10_000, "What went wrong with this request."),
                ["instance"] = Text(2000, "A URI reference to this occurrence."),
                ["traceId"] = Text(200, "The trace id the server logged the request with."),
            },
        };
        if (validation)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Messages by field, parameter or header name (camelCase).",
                MaxProperties = 1000,
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = 100,
                    Items = Text(10_000, "One message."),
                },
            };
        }

        return schema;
    }
}
