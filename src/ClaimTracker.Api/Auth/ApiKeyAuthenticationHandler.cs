using System.Text.Encodings.Web;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SecurityClaim = System.Security.Claims.Claim;
using SecurityClaims = System.Security.Claims;

namespace ClaimTracker.Api.Auth;

/// <summary>Authenticates the <c>X-API-Key</c> header against the stored key hashes (cached briefly; revoking clears it).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMemoryCache cache,
    ClaimTrackerDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeySecrets.Hash(values.ToString());
        var key = await cache.GetOrCreateAsync(CacheKey(hash), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.ApiKeys.AsNoTracking()
                .Where(k => k.KeyHash == hash && k.RevokedAt == null)
                .Select(k => new KnownKey(k.Name, k.Role))
                .FirstOrDefaultAsync(Context.RequestAborted);
        });
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        var identity = new SecurityClaims.ClaimsIdentity(
            [new SecurityClaim(SecurityClaims.ClaimTypes.Name, key.Name), new SecurityClaim(SecurityClaims.ClaimTypes.Role, key.Role.ToString())],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new SecurityClaims.ClaimsPrincipal(identity), SchemeName));
    }

    public static string CacheKey(string hash) => "api-key:" + hash;

    private sealed record KnownKey(string Name, ApiRole Role);
}
