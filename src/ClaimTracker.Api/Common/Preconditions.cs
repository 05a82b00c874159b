using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Api.Common;

/// <summary>
/// ETags and conditional requests. An entity's ETag is its PostgreSQL row version (<c>xmin</c>), which changes with
/// every write of the row, so <c>If-Match</c> turns a PUT or DELETE into "only if nobody changed it since I read it".
/// </summary>
public static class Preconditions
{
    public static string ETag(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = ETag(version);

    /// <summary>False when the request has an If-Match that does not name this version (strong comparison).</summary>
    public static bool IfMatchAllows(this HttpRequest request, uint version, out uint? expected)
    {
        expected = null;
        if (!request.Headers.TryGetValue(HeaderNames.IfMatch, out var values) || values.Count == 0)
        {
            return true;
        }

        var tags = EntityTagHeaderValue.TryParseList(values, out var parsed) ? parsed : [];
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return true;
        }

        var current = ETag(version);
        var match = tags.Any(t => !t.IsWeak && t.Tag.Equals(current, StringComparison.Ordinal));
        expected = match ? version : null;
        return match;
    }

    /// <summary>True when If-None-Match names this version: the client's copy is current (304).</summary>
    public static bool IsNotModified(this HttpRequest request, uint version) =>
        request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var values)
        && EntityTagHeaderValue.TryParseList(values, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(ETag(version), StringComparison.Ordinal));

    public static StatusCodeHttpResult NotModified(HttpResponse response, uint version)
    {
        response.SetETag(version);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    public static ProblemHttpResult Failed(string resource, Guid id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Precondition failed",
            detail: $"{resource} '{id}' has changed since the version named in If-Match. GET it again, then retry with its new ETag.");
}
