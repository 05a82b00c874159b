using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// The API's Serilog events (Warning and above, as the test host logs), for tests about what gets logged. The app's
/// Serilog reads sinks from its services, so registering this one is enough.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public void Clear() => _events.Clear();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>A place in the capture, to pass to <see cref="Since"/>; unlike <see cref="Clear"/> it leaves other tests' events alone.</summary>
    public int Mark() => _events.Count;

    public IReadOnlyList<LogEvent> Since(int mark) => [.. _events.Skip(mark)];

    /// <summary>An event as one line: level, rendered message and the exception's text, if any.</summary>
    public static string Render(LogEvent logEvent) =>
        $"[{logEvent.Level}] {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {logEvent.Exception}";
}
