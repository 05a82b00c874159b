using System.Collections.Concurrent;

namespace ClaimTracker.Api.Archive;

/// <summary>What one import wrote.</summary>
public sealed record ImportCounts(long Lines, long Articles, long Actors, long Aliases, long Claims, long Appearances, long Relations);

/// <summary>
/// An import as <c>GET /api/imports/{id}</c> shows it while it runs and after: lines read so far, then the outcome.
/// </summary>
/// <param name="State">reading (lines come in), writing (all lines read and checked; rows being stored), imported, or rejected.</param>
public sealed record ImportStatusResponse(
    Guid Id, string State, long LinesRead, string? KeyName, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, ImportCounts? Counts, string? Problem);

/// <summary>The imports of this process (running and the last few finished), for progress reports.</summary>
public sealed class ImportProgress
{
    private const int KeepFinished = 20;
    private readonly ConcurrentDictionary<Guid, Entry> _imports = new();

    internal Entry Start(Guid id, string? keyName, DateTimeOffset now)
    {
        var entry = new Entry(id, keyName, now);
        _imports[id] = entry;
        foreach (var old in _imports.Values.Where(e => e.FinishedAt is not null).OrderByDescending(e => e.StartedAt).Skip(KeepFinished))
        {
            _imports.TryRemove(old.Id, out _);
        }

        return entry;
    }

    public ImportStatusResponse? Find(Guid id) => _imports.TryGetValue(id, out var entry) ? entry.ToResponse() : null;

    public IReadOnlyList<ImportStatusResponse> List() => _imports.Values.OrderByDescending(e => e.StartedAt).Select(e => e.ToResponse()).ToList();

    internal sealed class Entry(Guid id, string? keyName, DateTimeOffset startedAt)
    {
        private long _linesRead;

        public Guid Id { get; } = id;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public string State { get; set; } = "reading";
        public DateTimeOffset? FinishedAt { get; set; }
        public ImportCounts? Counts { get; set; }
        public string? Problem { get; set; }

        public long LinesRead
        {
            get => Interlocked.Read(ref _linesRead);
            set => Interlocked.Exchange(ref _linesRead, value);
        }

        public ImportStatusResponse ToResponse() => new(Id, State, LinesRead, keyName, StartedAt, FinishedAt, Counts, Problem);
    }
}
