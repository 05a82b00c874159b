using System.Threading.RateLimiting;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Explorer;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Api.Common;

/// <summary>Body size limit, security headers, CORS, HTTPS outside development, and per-key rate limits.</summary>
public static class HttpHardening
{
    public const string CorsPolicy = "frontends";
    private const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);

        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Content-Type", ApiKeyAuthenticationHandler.HeaderName, "If-Match", "If-None-Match", "Idempotency-Key")
            .WithExposedHeaders("ETag", "Location", "Retry-After", "X-RateLimit-Limit")));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"The rate limit of this key (or address) is used up. Retry after {retryAfter} seconds.",
                    },
                });
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, builder.Configuration));
        });
        return builder;
    }

    /// <summary>One fixed window per key (by name), or per client address for requests without a key.</summary>
    private static RateLimitPartition<string> Partition(HttpContext context, IConfiguration configuration)
    {
        if (!configuration.GetValue("RateLimiting:Enabled", true) || !context.Request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var role = AccessRequirementHandler.RoleOf(context.User);
        var partition = role is null ? "address:" + context.Connection.RemoteIpAddress : "key:" + context.User.Identity!.Name;
        var permits = PermitsPerMinute(role, configuration);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static int PermitsPerMinute(ApiRole? role, IConfiguration configuration) =>
        configuration.GetValue($"RateLimiting:PermitsPerMinute:{role?.ToString() ?? "Anonymous"}", role switch
        {
            null => 300,
            ApiRole.Reader => 1200,
            _ => 600,
        });

    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        var maxBody = app.Configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                if (app.Configuration.GetValue("RateLimiting:Enabled", true))
                {
                    // Written as the answer starts, when the key (and so the limit that applies) is known.
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers["X-RateLimit-Limit"] = PermitsPerMinute(AccessRequirementHandler.RoleOf(context.User), app.Configuration)
                            .ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return Task.CompletedTask;
                    });
                }
            }
            else if (context.Request.Path.StartsWithSegments(ExplorerPage.Path))
            {
                headers.ContentSecurityPolicy = ExplorerPage.ContentSecurityPolicy;
            }

            // Kestrel enforces the limit on the wire; this answers declared oversize bodies up front (and in tests).
            // An endpoint may raise it (the bulk import: Import:MaxBytes).
            var limit = maxBody;
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } endpointLimit })
            {
                limit = endpointLimit;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = endpointLimit;
                }
            }

            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException(
                    $"The request body is larger than the limit of {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
        app.UseCors(CorsPolicy);
        return app;
    }
}
