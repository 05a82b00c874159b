using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Verdicts;

namespace ClaimTracker.Api.Tests.Verdicts;

public sealed class ClaimReviewExportTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ExportClaimReview_ReturnsOneJsonLdClaimReviewPerVerdict()
    {
        var article = await Given.ArticleAsync(title: "Minister speaks", url: "https://news.example/minister");
        var speaker = await Given.ActorAsync("Jane Minister", ActorKind.Person);
        var claim = await Given.ClaimAsync(speaker.Id, "Crime fell by half.", article.Id);
        var checker = await Given.ActorAsync("Fact Desk", ActorKind.Organization);
        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts", new VerdictRequest(checker.Id, null, "Pants on Fire", RatingValue.False,
            "https://factdesk.example/crime", DateTimeOffset.Parse("2024-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null)))
            .ReadAsync<VerdictResponse>();
        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts", new VerdictRequest(null, "Other Check", "Unsupported", RatingValue.Unproven, null, null, null)))
            .ReadAsync<VerdictResponse>();

        var response = await Client.GetAsync($"/api/claims/{claim.Id}/claimreview");

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var reviews = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, reviews.Count);
        var first = reviews[0];
        Assert.Equal("https://schema.org", first.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", first.GetProperty("@type").GetString());
        Assert.Equal("Crime fell by half.", first.GetProperty("claimReviewed").GetString());
        Assert.Equal("https://factdesk.example/crime", first.GetProperty("url").GetString());
        Assert.StartsWith("2024-03-01T10:00:00", first.GetProperty("datePublished").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Organization", "Fact Desk"), (first.GetProperty("author").GetProperty("@type").GetString(), first.GetProperty("author").GetProperty("name").GetString()));
        var rating = first.GetProperty("reviewRating");
        Assert.Equal(("Rating", 1, 5, 1, "Pants on Fire"), (rating.GetProperty("@type").GetString(), rating.GetProperty("ratingValue").GetInt32(),
            rating.GetProperty("bestRating").GetInt32(), rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("alternateName").GetString()));
        var item = first.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.GetProperty("@type").GetString());
        Assert.Equal(("Person", "Jane Minister"), (item.GetProperty("author").GetProperty("@type").GetString(), item.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.String, item.GetProperty("datePublished").ValueKind);
        var appearance = item.GetProperty("firstAppearance");
        Assert.Equal(("CreativeWork", "https://news.example/minister", "Minister speaks"),
            (appearance.GetProperty("@type").GetString(), appearance.GetProperty("url").GetString(), appearance.GetProperty("headline").GetString()));

        var unproven = reviews[1].GetProperty("reviewRating");
        Assert.False(unproven.TryGetProperty("ratingValue", out _));
        Assert.Equal("Unsupported", unproven.GetProperty("alternateName").GetString());
        Assert.False(reviews[1].TryGetProperty("url", out _));
    }

    [Fact]
    public async Task ExportClaimReview_IsAnEmptyArray_ForAClaimWithoutVerdicts()
    {
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id);

        var response = await Client.GetAsync($"/api/claims/{claim.Id}/claimreview");

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await response.ReadJsonAsync()).GetArrayLength());
    }
}
