using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Common;

/// <summary>
/// Parses an enum from the query string by its JSON name ("government"), case-insensitively; numbers are refused.
/// ASP.NET Core's own binding is case-sensitive and accepts numbers, which is not the contract.
/// </summary>
public static class EnumQuery
{
    public static bool TryParse<TEnum>(string? text, string parameter, out TEnum? value, out ValidationProblem? problem)
        where TEnum : struct, Enum
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!char.IsDigit(text.TrimStart('-')[0]) && Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            value = parsed;
            return true;
        }

        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        problem = Problems.Invalid(parameter, $"'{parameter}' must be one of: {allowed}.");
        return false;
    }
}
