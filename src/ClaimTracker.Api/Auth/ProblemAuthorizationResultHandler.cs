using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Api.Auth;

/// <summary>Answers 401 and 403 as problems that say what is missing, instead of empty bodies.</summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var authenticated = context.User.Identity?.IsAuthenticated == true;
        var needed = policy.Requirements.OfType<AccessRequirement>().Max(r => r.MinimumRole)
            ?? (HttpMethods.IsGet(context.Request.Method) ? ApiRole.Reader : ApiRole.Editor);
        var problem = authenticated
            ? new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = $"This needs a key with the {needed.ToString().ToLowerInvariant()} role; key '{context.User.Identity!.Name}' is a "
                    + $"{AccessRequirementHandler.RoleOf(context.User)?.ToString().ToLowerInvariant()}.",
            }
            : new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? "The API key is not valid or has been revoked."
                    : $"Send an API key with the {needed.ToString().ToLowerInvariant()} role in the {ApiKeyAuthenticationHandler.HeaderName} header.",
            };

        context.Response.StatusCode = problem.Status!.Value;
        if (!authenticated)
        {
            context.Response.Headers.WWWAuthenticate = $"{ApiKeyAuthenticationHandler.SchemeName} header=\"{ApiKeyAuthenticationHandler.HeaderName}\"";
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
