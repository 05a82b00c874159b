namespace ClaimTracker.Api.Common;

/// <summary>
/// Caps the length of every query string and route value on <c>/api</c> (400 above), so no search text or filter is
/// unbounded; the OpenAPI document states the same limit as maxLength.
/// </summary>
public sealed class QueryLimitsFilter : IEndpointFilter
{
    public const int MaxValueLength = 500;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var tooLong = request.Query.Where(q => q.Value.Any(v => v?.Length > MaxValueLength)).Select(q => q.Key)
            .Concat(request.RouteValues.Where(r => r.Value is string s && s.Length > MaxValueLength).Select(r => r.Key))
            .ToList();
        if (tooLong.Count == 0)
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
            tooLong.Distinct().ToDictionary(name => name, name => new[] { $"'{name}' must be at most {MaxValueLength} characters." })));
    }
}
