using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST: the first request runs inside a transaction that also records the key, so
/// a concurrent retry waits on the key's row and then gets the stored answer; a retry with another body is 422.
/// Only successful answers are kept: a rejected request leaves nothing, and may be sent again corrected.
/// </summary>
public sealed class IdempotencyFilter(ClaimTrackerDbContext db, IOptions<JsonOptions> json, TimeProvider clock) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(HeaderName, out var header)
            || http.GetEndpoint()?.Metadata.GetMetadata<SkipsIdempotency>() is not null)
        {
            return await next(context);
        }

        var key = header.ToString();
        if (key.Length is 0 or > IdempotentRequest.MaxKeyLength)
        {
            return Problems.Invalid(HeaderName, $"'{HeaderName}' must have 1 to {IdempotentRequest.MaxKeyLength} characters.");
        }

        var client = http.User.Identity?.Name ?? "";
        var hash = Hash(http, context.Arguments);
        var ct = http.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        await db.IdempotentRequests.Where(r => r.CreatedAt < now - KeepFor).ExecuteDeleteAsync(ct);

        // Blocks while another transaction holds the same key, then inserts nothing if that one committed.
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotent_requests (client_name, key, request_hash, status_code, created_at)
            VALUES ({client}, {key}, {hash}, 0, {now}) ON CONFLICT DO NOTHING
            """, ct);
        if (inserted == 0)
        {
            await transaction.RollbackAsync(ct);
            var stored = await db.IdempotentRequests.AsNoTracking().FirstAsync(r => r.ClientName == client && r.Key == key, ct);
            return stored.RequestHash == hash
                ? new StoredAnswer(stored)
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency key reused",
                    detail: $"The {HeaderName} '{key}' was used for a different request. Use a new key for a new request.");
        }

        var result = await next(context);
        var (status, location, value) = Describe(result);
        if (status is < 200 or >= 300)
        {
            return result; // the transaction rolls back: no key, no half-written request
        }

        await db.IdempotentRequests.Where(r => r.ClientName == client && r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ResponseBody, value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)), ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private string Hash(HttpContext http, IList<object?> arguments)
    {
        var body = arguments.Where(a => a is not null and not HttpContext and not CancellationToken and not ClaimTrackerDbContext
            && a.GetType().Namespace?.StartsWith("ClaimTracker.Api", StringComparison.Ordinal) == true);
        var text = $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString} "
            + string.Join('\n', body.Select(a => JsonSerializer.Serialize(a, a!.GetType(), json.Value.SerializerOptions)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static (int Status, string? Location, object? Value) Describe(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var location = result?.GetType().GetProperty("Location")?.GetValue(result) as string;
        return (status, location, (result as IValueHttpResult)?.Value);
    }

    /// <summary>The first answer again, marked as a replay.</summary>
    private sealed class StoredAnswer(IdempotentRequest stored) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => stored.StatusCode;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            if (stored.StatusCode == 0)
            {
                // Only possible if the first request's transaction committed without an answer, which it never does.
                await TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request in progress").ExecuteAsync(httpContext);
                return;
            }

            httpContext.Response.StatusCode = stored.StatusCode;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (stored.Location is not null)
            {
                httpContext.Response.Headers.Location = stored.Location;
            }

            if (stored.ResponseBody is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(stored.ResponseBody);
            }
        }
    }
}
