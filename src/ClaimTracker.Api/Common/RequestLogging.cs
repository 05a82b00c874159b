using Serilog;
using Serilog.Events;

namespace ClaimTracker.Api.Common;

/// <summary>
/// One line per request with the status the client got. The middleware runs outside the exception handler: inside
/// it, it saw the exception of a malformed body before the handler made it a 400, and logged a 500 with its stack.
/// </summary>
public static class RequestLogging
{
    public static WebApplication UseClaimTrackerRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = Level;
            // The host's logger, not the static Log.Logger the middleware falls back to: with several hosts in one
            // process (tests) the static one is whichever host was built last.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        return app;
    }

    /// <summary>A client's mistake is a warning, the server's an error; the handler logs a 5xx's exception itself.</summary>
    internal static LogEventLevel Level(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : http.Response.StatusCode >= 400 ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
