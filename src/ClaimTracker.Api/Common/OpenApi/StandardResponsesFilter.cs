using System.Reflection;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// Gives every <c>/api</c> operation what the pipeline around its handler can answer, from the endpoint's metadata,
/// so a new endpoint gets it without a line of its own: the key it needs (security), 401/403 from its policy,
/// 400/413/415 when it takes input, 414 from Kestrel for an over-long URL, 422 and Idempotency-Key on POST, 429 with Retry-After, 500/503, the rate-limit
/// header, and ETag/If-None-Match/If-Match where the handler answers 304 or 412. Problem responses are shared
/// components (<see cref="ProblemComponents"/>, added by its document filter).
/// </summary>
public sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return;
        }

        var document = context.Document;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var isAdmin = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthSetup.AdminPolicy);
        var needsReaderKey = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthSetup.ReaderPolicy);
        var isRead = !isAdmin && (HttpMethods.IsGet(method) || metadata.OfType<ReadOnlyOperation>().Any());
        var idempotent = HttpMethods.IsPost(method) && !metadata.OfType<SkipsIdempotency>().Any();
        var hasBody = operation.RequestBody is not null;
        var hasInput = hasBody || operation.Parameters?.Count > 0;

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] }];
        if (isRead && !needsReaderKey)
        {
            operation.Security.Insert(0, new OpenApiSecurityRequirement()); // reads are open unless Auth:AnonymousReads is false
        }

        operation.Responses ??= [];
        var statuses = new List<int> { 401, 414, 429, 500, 503 };
        if (hasInput)
        {
            statuses.Add(400);
        }

        if (!isRead)
        {
            statuses.Add(403);
        }

        if (hasBody)
        {
            statuses.AddRange([413, 415]);
        }

        if (HttpMethods.IsPost(method))
        {
            statuses.Add(422);
        }

        if (idempotent)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header(IdempotencyFilter.HeaderName,
                "Any string you choose: the same key with the same body returns the first answer again and creates nothing.",
                new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = Idempotency.IdempotentRequest.MaxKeyLength }));
        }

        var answersNotModified = HttpMethods.IsGet(method) && ResultTypes(metadata).Contains(typeof(StatusCodeHttpResult));
        if (answersNotModified)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header("If-None-Match", "An ETag from an earlier answer: 304 while it is still current.", ProblemComponents.EntityTag()));
            operation.Responses["304"] = new OpenApiResponse
            {
                Description = "Not modified: the If-None-Match ETag is still current.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = new OpenApiHeaderReference(ProblemComponents.ETagHeader, document) },
            };
        }

        if (operation.Responses.ContainsKey("412"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header("If-Match", "The ETag read before: the change is refused with 412 if the resource changed since.", ProblemComponents.EntityTag()));
        }

        foreach (var status in statuses)
        {
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), null!);
        }

        foreach (var (code, response) in operation.Responses.ToList())
        {
            var status = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
            if (status >= 400)
            {
                operation.Responses[code] = new OpenApiResponseReference(ProblemComponents.ResponseName(status), document);
                continue;
            }

            if (response is not OpenApiResponse success)
            {
                continue;
            }

            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers[ProblemComponents.AllowOriginHeader] = new OpenApiHeaderReference(ProblemComponents.AllowOriginHeader, document);
            if (status == 304)
            {
                continue;
            }

            success.Headers[ProblemComponents.RateLimitHeader] = new OpenApiHeaderReference(ProblemComponents.RateLimitHeader, document);
            if (status == 201)
            {
                success.Headers["Location"] = new OpenApiHeaderReference(ProblemComponents.LocationHeader, document);
            }

            if (status == 200 && (answersNotModified || operation.Responses.ContainsKey("412")) && !HttpMethods.IsDelete(method))
            {
                success.Headers["ETag"] = new OpenApiHeaderReference(ProblemComponents.ETagHeader, document);
            }

            if (idempotent)
            {
                success.Headers[ProblemComponents.ReplayedHeader] = new OpenApiHeaderReference(ProblemComponents.ReplayedHeader, document);
            }
        }

        operation.Responses = Sorted(operation.Responses);
    }

    private static OpenApiResponses Sorted(OpenApiResponses responses)
    {
        var sorted = new OpenApiResponses();
        foreach (var (code, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted[code] = response;
        }

        return sorted;
    }

    private static OpenApiParameter Header(string name, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Header, Description = description, Schema = schema };

    /// <summary>The result types a minimal-API handler declares (<c>Results&lt;Ok&lt;T&gt;, StatusCodeHttpResult, ...&gt;</c>).</summary>
    private static HashSet<Type> ResultTypes(IList<object> metadata)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(metadata.OfType<MethodInfo>().Select(m => m.ReturnType));
        while (pending.TryPop(out var type))
        {
            if (found.Add(type) && type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }

        return found;
    }
}
