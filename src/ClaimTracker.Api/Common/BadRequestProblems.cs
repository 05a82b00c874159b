using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Api.Common;

/// <summary>
/// Explains a request ASP.NET Core could not bind (bad JSON, a value of the wrong type, a malformed id) in the
/// client's terms: the field or parameter at fault, without the server's type names.
/// </summary>
internal static partial class BadRequestProblems
{
    public static ProblemDetails Describe(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "Request body too large", Detail = bad.Message };
        }

        if (bad.InnerException is JsonException json)
        {
            var field = json.Path is null or "$" ? null : json.Path.TrimStart('$', '.');
            var reason = json is UnstorableTextException unstorable ? unstorable.Problem
                : json.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "has the wrong type or is not one of the allowed values"
                : "is not valid JSON: " + StripPosition(json.Message);
            return Problem(field ?? "body", field is null ? $"The request body {reason}." : $"'{field}' {reason}.");
        }

        var binding = FailedBinding().Match(bad.Message);
        if (binding.Success)
        {
            var name = binding.Groups["name"].Value;
            var value = binding.Groups["value"].Value;
            value = value.Length > 60 ? value[..57] + "..." : value;
            return Problem(name, $"'{value}' is not a valid value for '{name}'.");
        }

        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return Problem("body", "A JSON request body is required.");
        }

        return new ProblemDetails { Status = bad.StatusCode, Title = "Malformed request", Detail = bad.Message };
    }

    private static HttpValidationProblemDetails Problem(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed request",
            Detail = message,
        };

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex FailedBinding();
}
