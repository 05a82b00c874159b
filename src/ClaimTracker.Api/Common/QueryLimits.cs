namespace ClaimTracker.Api.Common;

/// <summary>
/// Caps the length of every query string and route value on <c>/api</c> (400 above), so no search text or filter is
/// unbounded; the OpenAPI document states the same limit as maxLength. Refuses, too, values holding text the
/// database cannot store (<see cref="StorableText"/>), before any handler sends them as a parameter.
/// </summary>
public sealed class QueryLimitsFilter : IEndpointFilter
{
    public const int MaxValueLength = 500;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var values = request.Query.SelectMany(q => q.Value.Select(v => (Name: q.Key, Value: v)))
            .Concat(request.RouteValues.Select(r => (Name: r.Key, Value: r.Value as string)));
        Dictionary<string, string[]>? errors = null;
        foreach (var (name, value) in values)
        {
            var error = value is null ? null
                : value.Length > MaxValueLength ? $"'{name}' must be at most {MaxValueLength} characters."
                : StorableText.Problem(value) is { } problem ? $"'{name}' {problem}."
                : null;
            if (error is not null)
            {
                errors ??= [];
                errors.TryAdd(name, [error]);
            }
        }

        return errors is null ? next(context) : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors));
    }
}
