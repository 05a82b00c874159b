using System.Text.Json;
using ClaimTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Writes an import's row in <c>imports</c> from a context of its own, outside the import's transaction: the row must
/// show progress while the transaction is open, and must survive its rollback to say why.
/// </summary>
public sealed class ImportRecords(IServiceScopeFactory scopes, IConfiguration configuration)
{
    private const int KeepFinished = 20;

    /// <summary>Names this instance in its imports; it should stay the same across restarts (the host name by default).</summary>
    public string InstanceId { get; } = configuration["Import:InstanceId"] is { Length: > 0 } id ? id : Environment.MachineName;

    internal async Task StartAsync(Guid id, string? keyName, DateTimeOffset now)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        db.Imports.Add(new ImportRecord { Id = id, InstanceId = InstanceId, KeyName = keyName, State = ImportRecord.Reading, StartedAt = now });
        await db.SaveChangesAsync();
    }

    internal Task ProgressAsync(Guid id, string state, long linesRead) =>
        UpdateAsync(id, s => s.SetProperty(r => r.State, state).SetProperty(r => r.LinesRead, linesRead));

    /// <summary>Rejected or failed; an import that succeeds is marked imported inside its own transaction.</summary>
    internal Task EndAsync(Guid id, string state, long linesRead, ImportProblem problem, DateTimeOffset now)
    {
        var json = JsonSerializer.Serialize(problem, ArchiveImporter.LineJson);
        return UpdateAsync(id, s => s.SetProperty(r => r.State, state).SetProperty(r => r.LinesRead, linesRead)
            .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Problem, json));
    }

    /// <summary>Running imports and the last few finished, newest first.</summary>
    public static async Task<List<ImportStatusResponse>> ListAsync(ClaimTrackerDbContext db, CancellationToken ct)
    {
        var running = await db.Imports.AsNoTracking().Where(r => r.FinishedAt == null).OrderByDescending(r => r.StartedAt).ToListAsync(ct);
        var finished = await db.Imports.AsNoTracking().Where(r => r.FinishedAt != null).OrderByDescending(r => r.StartedAt).Take(KeepFinished).ToListAsync(ct);
        return [.. running.Concat(finished).OrderByDescending(r => r.StartedAt).Select(ToResponse)];
    }

    public static async Task<ImportStatusResponse?> FindAsync(ClaimTrackerDbContext db, Guid id, CancellationToken ct) =>
        await db.Imports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } record ? ToResponse(record) : null;

    /// <summary>
    /// At start: this instance's imports that never finished belong to a process that is gone (this one has not
    /// served a request yet), and their transactions were rolled back with it.
    /// </summary>
    internal async Task<int> FailUnfinishedAsync(DateTimeOffset now, CancellationToken ct)
    {
        var problem = JsonSerializer.Serialize(new ImportProblem(null, "Import interrupted",
            "The API process running the import stopped before it finished. Nothing was imported; send the archive again."), ArchiveImporter.LineJson);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        return await db.Imports.Where(r => r.InstanceId == InstanceId && r.FinishedAt == null && r.StartedAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ImportRecord.Failed).SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Problem, problem), ct);
    }

    private async Task UpdateAsync(Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ImportRecord>> set)
    {
        // Not the request's token: a client that hangs up must still leave its import marked failed.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await db.Imports.Where(r => r.Id == id).ExecuteUpdateAsync(set, CancellationToken.None);
    }

    private static ImportStatusResponse ToResponse(ImportRecord r) => new(r.Id, r.State, r.LinesRead, r.KeyName, r.StartedAt, r.FinishedAt,
        r.Counts is null ? null : JsonSerializer.Deserialize<ImportCounts>(r.Counts, ArchiveImporter.LineJson),
        r.Problem is null ? null : JsonSerializer.Deserialize<ImportProblem>(r.Problem, ArchiveImporter.LineJson));
}
