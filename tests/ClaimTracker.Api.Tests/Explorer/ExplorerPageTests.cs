using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Api.Explorer;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClaimTracker.Api.Tests.Explorer;

/// <summary>
/// The explorer page as the server delivers it (the page itself is tested in a browser: explorer/test/). It needs
/// no key, runs only its own files, and its CSP leaves the API's strict one alone.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed partial class ExplorerPageTests(ClaimTrackerApiFactory factory)
{
    [Fact]
    public async Task Explorer_IsServedWithoutKey_AndLoadsOnlyItsOwnFiles()
    {
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/explorer/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(["<script type=\"module\" src=\"explorer.js\">"], scripts); // no inline script
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.All(LinkTargets().Matches(html), link => Assert.DoesNotContain("//", link.Groups[1].Value, StringComparison.Ordinal)); // nothing from elsewhere
    }

    [Fact]
    public async Task Explorer_HasItsOwnContentSecurityPolicy_AndTheApiKeepsItsStrictOne()
    {
        using var anonymous = factory.CreateAnonymousClient();

        var page = await anonymous.GetAsync("/explorer/");
        var api = await anonymous.GetAsync("/api/actors");

        var pagePolicy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(ExplorerPage.ContentSecurityPolicy, pagePolicy);
        Assert.Contains("script-src 'self'", pagePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", pagePolicy, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/explorer/explorer.js", "text/javascript", "cytoscape")]
    [InlineData("/explorer/explorer.css", "text/css", ".__________cytoscape_container")]
    public async Task Explorer_ServesItsBundle(string path, string mediaType, string content)
    {
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ExplorerPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Explorer_WithoutSlash_RedirectsToThePage()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/explorer");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/explorer/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex LinkTargets();
}
