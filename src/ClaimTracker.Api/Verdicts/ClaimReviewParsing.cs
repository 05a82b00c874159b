using System.Globalization;
using System.Text.Json;

namespace ClaimTracker.Api.Verdicts;

/// <summary>One claim review to import, whichever shape it came in.</summary>
public sealed record ImportItem(
    string? Text, string? Claimant, bool ClaimantIsPerson, DateTimeOffset? ClaimDate, string? Reviewer, string? Url,
    DateTimeOffset? ReviewDate, string? Rating, RatingValue RatingValue, string? AppearanceUrl, string? AppearanceHeadline);

/// <summary>Reads ClaimReview JSON-LD arrays and the fact-check search API's <c>{ claims: [...] }</c> into import items.</summary>
public static class ClaimReviewParsing
{
    /// <summary>The items of the body, or null when it is neither shape.</summary>
    public static List<ImportItem>? Parse(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            return [.. body.EnumerateArray().Select(FromJsonLd)];
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array)
        {
            return [.. claims.EnumerateArray().SelectMany(FromSearchApi)];
        }

        return body.ValueKind == JsonValueKind.Object && Str(body, "@type") == "ClaimReview" ? [FromJsonLd(body)] : null;
    }

    private static ImportItem FromJsonLd(JsonElement review)
    {
        var item = Obj(review, "itemReviewed");
        var author = Obj(item, "author");
        var rating = Obj(review, "reviewRating");
        var appearance = Obj(item, "firstAppearance");
        var label = Str(rating, "alternateName");
        var value = Obj(rating, "ratingValue") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var n)
            ? FromScale(n)
            : FromWords(label);
        return new ImportItem(
            Str(review, "claimReviewed"), Str(author, "name"), Str(author, "@type") == "Person", Date(item, "datePublished"),
            Str(Obj(review, "author"), "name"), Str(review, "url"), Date(review, "datePublished"), label, value,
            Str(appearance, "url"), Str(appearance, "headline"));
    }

    private static IEnumerable<ImportItem> FromSearchApi(JsonElement claim)
    {
        var reviews = Obj(claim, "claimReview");
        if (reviews.ValueKind != JsonValueKind.Array || reviews.GetArrayLength() == 0)
        {
            yield return new ImportItem(Str(claim, "text"), Str(claim, "claimant"), true, Date(claim, "claimDate"), null, null, null, null, RatingValue.Unproven, null, null);
            yield break;
        }

        foreach (var review in reviews.EnumerateArray())
        {
            var label = Str(review, "textualRating");
            yield return new ImportItem(
                Str(claim, "text"), Str(claim, "claimant"), true, Date(claim, "claimDate"), Str(Obj(review, "publisher"), "name"),
                Str(review, "url"), Date(review, "reviewDate"), label, FromWords(label), null, null);
        }
    }

    public static RatingValue FromScale(int value) => value switch
    {
        1 => RatingValue.False,
        2 => RatingValue.MostlyFalse,
        3 => RatingValue.Mixed,
        4 => RatingValue.MostlyTrue,
        5 => RatingValue.True,
        _ => RatingValue.Unproven,
    };

    /// <summary>Maps a reviewer's words to the scale; anything not recognised is unproven.</summary>
    public static RatingValue FromWords(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        null => RatingValue.Unproven,
        var l when l.Contains("mostly false", StringComparison.Ordinal) => RatingValue.MostlyFalse,
        var l when l.Contains("mostly true", StringComparison.Ordinal) => RatingValue.MostlyTrue,
        "false" or "pants on fire" or "pants on fire!" or "incorrect" or "wrong" or "fake" => RatingValue.False,
        "half true" or "half-true" or "mixed" or "mixture" or "misleading" => RatingValue.Mixed,
        "true" or "correct" or "accurate" => RatingValue.True,
        _ => RatingValue.Unproven,
    };

    private static JsonElement Obj(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Str(JsonElement element, string name) =>
        Obj(element, name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    private static DateTimeOffset? Date(JsonElement element, string name) =>
        DateTimeOffset.TryParse(Str(element, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;
}
