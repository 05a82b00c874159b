using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>The API's Serilog events (Warning and above, as the test host logs), for tests about what gets logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public void Clear() => _events.Clear();

    public IReadOnlyList<LogEvent> Events => [.. _events];
}
