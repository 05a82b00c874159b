namespace ClaimTracker.Api.Explorer;

/// <summary>
/// Serves the explorer page: static files bundled from <c>explorer/</c> into <c>wwwroot/explorer</c> at build time.
/// It reads the API like any client, so it needs anonymous reads (the default) to show anything.
/// </summary>
public static class ExplorerPage
{
    public const string Path = "/explorer";

    /// <summary>Only the page's own scripts, styles and API calls: no inline code, no other origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseExplorer(this WebApplication app)
    {
        // /explorer redirects to /explorer/, which serves index.html.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
