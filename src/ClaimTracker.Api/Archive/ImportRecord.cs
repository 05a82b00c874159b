namespace ClaimTracker.Api.Archive;

/// <summary>What one import wrote.</summary>
public sealed record ImportCounts(long Lines, long Articles, long Actors, long Aliases, long Claims, long Appearances, long Relations);

/// <summary>
/// Why an import ended without writing anything: the problem its <c>POST /api/import</c> answered, with the line and
/// field for a bad line. <c>status</c> is null when no answer was sent (the client hung up, or the API process stopped).
/// </summary>
public sealed record ImportProblem(int? Status, string Title, string? Detail, long? Line = null, string? Field = null);

/// <summary>
/// An import as <c>GET /api/imports/{id}</c> shows it while it runs and after: lines read so far, then the outcome.
/// </summary>
/// <param name="State">reading (lines come in), writing (all lines read and checked; rows being stored), imported,
/// rejected (a line was bad or conflicts with existing data), or failed (the server could not finish it).</param>
/// <param name="LinesRead">Lines read so far; while an import runs this is at most a few seconds behind.</param>
/// <param name="Problem">Why it was rejected or failed; null otherwise.</param>
public sealed record ImportStatusResponse(
    Guid Id, string State, long LinesRead, string? KeyName, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, ImportCounts? Counts, ImportProblem? Problem);

/// <summary>
/// An import's row in <c>imports</c>. It is kept in the database, not in the process, so that every instance lists
/// every import and an import whose process died can be marked failed (<see cref="ImportRecovery"/>).
/// </summary>
public sealed class ImportRecord
{
    public const string Reading = "reading";
    public const string Writing = "writing";
    public const string Imported = "imported";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    public Guid Id { get; init; }

    /// <summary>The API instance that runs it (<c>Import:InstanceId</c>): the one that marks it failed if it restarts meanwhile.</summary>
    public required string InstanceId { get; init; }
    public string? KeyName { get; init; }
    public required string State { get; set; }
    public long LinesRead { get; set; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary><see cref="ImportCounts"/> as JSON.</summary>
    public string? Counts { get; set; }

    /// <summary><see cref="ImportProblem"/> as JSON.</summary>
    public string? Problem { get; set; }
}
