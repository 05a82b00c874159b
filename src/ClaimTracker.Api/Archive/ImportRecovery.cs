namespace ClaimTracker.Api.Archive;

/// <summary>Marks failed, at start, the imports this instance left unfinished when its process died.</summary>
internal sealed partial class ImportRecovery(ImportRecords records, TimeProvider clock, ILogger<ImportRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var failed = await records.FailUnfinishedAsync(clock.GetUtcNow(), cancellationToken);
            if (failed > 0)
            {
                LogFailed(logger, failed, records.InstanceId);
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException)
        {
            // The API starts without its database (it answers 503 until it comes); the next start tries again.
            LogUnreachable(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} imports of instance {Instance} were left unfinished by a stopped process; marked failed")]
    private static partial void LogFailed(ILogger logger, int count, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unfinished imports were not checked at start: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
