using System.Text.Json.Nodes;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.History;

/// <summary>One recorded change: when, by which key, and the row before and after (camelCase, as the API names fields).</summary>
public sealed record ChangeResponse(
    long Id, string EntityType, Guid EntityId, string Action, string? KeyName, DateTimeOffset ChangedAt, JsonNode? Before, JsonNode? After);

public static class HistoryApi
{
    public static IEndpointRouteBuilder MapHistory(this IEndpointRouteBuilder api)
    {
        foreach (var resource in new[] { "articles", "actors", "claims" })
        {
            api.MapGet($"/{resource}/{{id}}/history", ListHistory).WithTags("History").WithName($"List{char.ToUpperInvariant(resource[0])}{resource[1..^1]}History")
                .WithSummary($"Every change of this {resource[..^1]} (and its parts), newest first; still answers after a delete")
                .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        }

        return api;
    }

    /// <param name="id">The resource.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ChangeResponse>>, ValidationProblem, ProblemHttpResult>> ListHistory(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        long? after = null;
        if (page.After is { } key)
        {
            if (!long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
            }

            after = parsed;
        }

        var query = db.ChangeHistory.AsNoTracking().Where(c => c.SubjectId == id);
        if (after is { } before)
        {
            query = query.Where(c => c.Id < before);
        }

        var rows = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
        if (rows.Count == 0 && after is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No history", detail: $"Nothing with the id '{id}' has ever been recorded.");
        }

        var items = rows.Select(c => new ChangeResponse(c.Id, c.EntityType, c.EntityId, c.Action, c.KeyName, c.ChangedAt, CamelCase(c.Before), CamelCase(c.After))).ToList();
        return TypedResults.Ok(page.ToPage(items, c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static JsonObject? CamelCase(string? row)
    {
        if (row is null || JsonNode.Parse(row) is not JsonObject source)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (name, value) in source)
        {
            var camel = string.Concat(name.Split('_').Select((part, i) => i == 0 || part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
            result[camel] = value?.DeepClone();
        }

        return result;
    }
}
