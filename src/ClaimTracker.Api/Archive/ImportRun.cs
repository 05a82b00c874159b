namespace ClaimTracker.Api.Archive;

/// <summary>One running import's progress, written to its record every few seconds rather than on every line.</summary>
internal sealed class ImportRun(Guid id, ImportRecords records, TimeProvider clock)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(2);
    private long _reportedAt = clock.GetTimestamp();

    public Guid Id { get; } = id;

    public long LinesRead { get; set; }

    public async Task ReportAsync()
    {
        if (clock.GetElapsedTime(_reportedAt) >= ReportEvery)
        {
            _reportedAt = clock.GetTimestamp();
            await records.ProgressAsync(Id, ImportRecord.Reading, LinesRead);
        }
    }

    public Task WritingAsync() => records.ProgressAsync(Id, ImportRecord.Writing, LinesRead);
}
