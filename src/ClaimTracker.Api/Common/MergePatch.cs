using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Common;

/// <summary>
/// JSON Merge Patch (RFC 7396, <c>application/merge-patch+json</c>): the patch is merged into the resource's current
/// request form, then checked and saved exactly as a PUT of the result would be.
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    public static async Task<(T? Merged, ProblemHttpResult? Refused, ValidationProblem? Invalid)> ApplyAsync<T>(HttpContext http, T current)
        where T : class
    {
        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"PATCH takes a JSON Merge Patch: send it with 'Content-Type: {MediaType}'."), null);
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        JsonElement patch;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            patch = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, null, Problems.Invalid("body", "The request body is not valid JSON: " + e.Message.Split(" Path:")[0]));
        }

        if (patch.ValueKind != JsonValueKind.Object || JsonObject.Create(patch) is not { } changes)
        {
            return (null, null, Problems.Invalid("body", "A merge patch for this resource must be a JSON object."));
        }

        // Checked before merging: a string the serializer cannot read back would fail the merge itself.
        if (StorableText.FindIn(patch) is var (path, problem))
        {
            return (null, null, Problems.Invalid(path, $"'{path}' {problem}."));
        }

        var merged = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        Merge(merged, changes);
        T? result;
        try
        {
            result = merged.Deserialize<T>(options);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            var reason = e is UnstorableTextException unstorable ? unstorable.Problem : "has the wrong type or is not one of the allowed values";
            return (null, null, Problems.Invalid(field, $"'{field}' {reason}."));
        }

        var validation = await http.RequestServices.GetRequiredService<IValidator<T>>().ValidateAsync(result!, http.RequestAborted);
        return validation.IsValid ? (result, null, null) : (null, null, TypedResults.ValidationProblem(validation.ToDictionary()));
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is JsonObject nested && target[name] is JsonObject existing)
            {
                Merge(existing, nested);
            }
            else
            {
                target[name] = value?.DeepClone(); // null clears the field, as RFC 7396 says
            }
        }
    }
}
