using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTracker.Api.Auth;

/// <summary>The body of <c>POST /api/keys</c>.</summary>
/// <param name="Name">Who or what uses the key ("newsroom-frontend"); unique. History records changes under this name.</param>
/// <param name="Role">reader, editor or admin.</param>
public sealed record CreateApiKeyRequest(string Name, ApiRole? Role);

/// <summary>A key as lists show it: never the key itself, only its first characters.</summary>
public sealed record ApiKeyResponse(Guid Id, string Name, ApiRole Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A new key. <c>key</c> is shown this once: only its hash is stored.</summary>
public sealed record CreatedApiKeyResponse(Guid Id, string Name, ApiRole Role, string Key, string Prefix, DateTimeOffset CreatedAt);

public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("Keys").RequireAuthorization(AuthSetup.AdminPolicy);
        keys.MapGet("/", ListKeys).WithName("ListKeys").WithSummary("List API keys (admin)").ProducesValidationProblem();
        keys.MapPost("/", CreateKey).WithName("CreateKey").WithSummary("Create an API key; the answer holds the key, shown once (admin)")
            .WithValidation<CreateApiKeyRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        keys.MapDelete("/{id}", RevokeKey).WithName("RevokeKey").WithSummary("Revoke an API key (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ApiKeyResponse>>, ValidationProblem>> ListKeys(
        int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !page.TryGetAfterId(out var afterId))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        var query = db.ApiKeys.AsNoTracking();
        if (afterId is { } after)
        {
            query = query.Where(k => k.Id < after);
        }

        var rows = await query.OrderByDescending(k => k.Id).Take(page.Limit + 1)
            .Select(k => new ApiKeyResponse(k.Id, k.Name, k.Role, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, k => PageRequest.IdKey(k.Id)));
    }

    public static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> CreateKey(
        CreateApiKeyRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var name = request.Name.Trim();
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, ct))
        {
            return Problems.Conflict("Duplicate key name", $"A key named '{name}' exists already.");
        }

        var secret = ApiKeySecrets.NewKey();
        var key = new ApiKey { Name = name, Role = request.Role!.Value, KeyHash = ApiKeySecrets.Hash(secret), Prefix = ApiKeySecrets.Prefix(secret) };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/keys/{key.Id}", new CreatedApiKeyResponse(key.Id, key.Name, key.Role, secret, key.Prefix, key.CreatedAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        Guid id, ClaimTrackerDbContext db, IMemoryCache cache, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return Problems.NotFound("Key", id);
        }

        if (key is { Role: ApiRole.Admin, RevokedAt: null }
            && !await db.ApiKeys.AnyAsync(k => k.Id != id && k.Role == ApiRole.Admin && k.RevokedAt == null, ct))
        {
            return Problems.Conflict("Last admin key", "This is the only admin key left; create another admin key before revoking it.");
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        cache.Remove(ApiKeyAuthenticationHandler.CacheKey(key.KeyHash));
        await ApiKeyRevocations.NotifyAsync(db, key.KeyHash, ct);
        return TypedResults.NoContent();
    }
}

public sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(ApiKey.MaxNameLength);
        RuleFor(r => r.Role).NotNull().IsInEnum();
    }
}
