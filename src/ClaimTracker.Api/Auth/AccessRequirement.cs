using Microsoft.AspNetCore.Authorization;
using SecurityClaims = System.Security.Claims;

namespace ClaimTracker.Api.Auth;

/// <summary>
/// The rule of the whole API: reads need a reader key unless anonymous reads are on; writes need an editor key;
/// <see cref="MinimumRole"/> raises the bar for an endpoint (the keys need an admin).
/// </summary>
public sealed class AccessRequirement(ApiRole? minimumRole = null) : IAuthorizationRequirement
{
    public ApiRole? MinimumRole { get; } = minimumRole;
}

/// <summary>Marks a POST that stores nothing (it only computes an answer): it needs what a read needs.</summary>
public sealed class ReadOnlyOperation;

public sealed class AccessRequirementHandler(IConfiguration configuration) : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var method = http?.Request.Method ?? HttpMethods.Get;
        var isRead = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || http?.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyOperation>() is not null;
        ApiRole? needed = requirement.MinimumRole ?? (isRead
            ? configuration.GetValue("Auth:AnonymousReads", true) ? null : ApiRole.Reader
            : ApiRole.Editor);

        if (needed is null || RoleOf(context.User) >= needed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static ApiRole? RoleOf(SecurityClaims.ClaimsPrincipal user) =>
        Enum.TryParse<ApiRole>(user.FindFirst(SecurityClaims.ClaimTypes.Role)?.Value, out var role) ? role : null;
}
