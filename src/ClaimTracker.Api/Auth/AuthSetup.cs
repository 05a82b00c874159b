using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Auth;

public static partial class AuthSetup
{
    /// <summary>Every /api route: reads open or reader, writes editor (see <see cref="AccessRequirementHandler"/>).</summary>
    public const string ApiPolicy = "api";
    public const string AdminPolicy = "admin";

    /// <summary>Reads that need a key even when anonymous reads are on: the whole database, who imported what.</summary>
    public const string ReaderPolicy = "reader";
    private const string BootstrapKeyName = "bootstrap-admin";

    public static WebApplicationBuilder AddApiKeyAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddHostedService<ApiKeyRevocations>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.AddRequirements(new AccessRequirement()))
            .AddPolicy(ReaderPolicy, policy => policy.AddRequirements(new AccessRequirement(ApiRole.Reader)))
            .AddPolicy(AdminPolicy, policy => policy.AddRequirements(new AccessRequirement(ApiRole.Admin)));
        return builder;
    }

    /// <summary>
    /// Makes sure an admin can get in: stores <c>Auth:BootstrapAdminKey</c> when configured, else, when no admin key
    /// exists yet, generates one and logs it once.
    /// </summary>
    public static async Task EnsureBootstrapAdminKeyAsync(ClaimTrackerDbContext db, IConfiguration configuration, ILogger logger)
    {
        var configured = configuration["Auth:BootstrapAdminKey"];
        if (!string.IsNullOrEmpty(configured))
        {
            var hash = ApiKeySecrets.Hash(configured);
            if (!await db.ApiKeys.AnyAsync(k => k.KeyHash == hash))
            {
                await db.ApiKeys.Where(k => k.Name == BootstrapKeyName).ExecuteDeleteAsync();
                db.ApiKeys.Add(new ApiKey { Name = BootstrapKeyName, Role = ApiRole.Admin, KeyHash = hash, Prefix = ApiKeySecrets.Prefix(configured) });
                await db.SaveChangesAsync();
            }

            return;
        }

        if (await db.ApiKeys.AnyAsync(k => k.Role == ApiRole.Admin && k.RevokedAt == null))
        {
            return;
        }

        var secret = ApiKeySecrets.NewKey();
        db.ApiKeys.Add(new ApiKey { Name = BootstrapKeyName + "-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), Role = ApiRole.Admin, KeyHash = ApiKeySecrets.Hash(secret), Prefix = ApiKeySecrets.Prefix(secret) });
        await db.SaveChangesAsync();
        LogGeneratedKey(logger, secret);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin API key existed, so one was made. It is shown this once; keep it: {Key}")]
    private static partial void LogGeneratedKey(ILogger logger, string key);
}
