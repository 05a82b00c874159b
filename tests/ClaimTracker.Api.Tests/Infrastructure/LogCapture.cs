using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// Keeps the log events the API writes (Warning and above, the tests' minimum level), so that a test can assert what
/// the log says. The app's Serilog reads sinks from its services, so registering this one is enough.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The events written from now on (an index into the capture, to pass to <see cref="Since"/>).</summary>
    public int Mark() => _events.Count;

    public IReadOnlyList<LogEvent> Since(int mark) => [.. _events.Skip(mark)];

    /// <summary>An event as one line: level, rendered message and the exception's text, if any.</summary>
    public static string Render(LogEvent logEvent) =>
        $"[{logEvent.Level}] {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {logEvent.Exception}";
}
