using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace ClaimTracker.Api.Data;

/// <summary>
/// Retries a command that failed on a transient error (a connection dropped, the server restarting), but only
/// outside explicit transactions: inside one, a retry of the single command would run without the commands that
/// came before it, so the request fails as a whole (503) and nothing of it stays. EF's own retrying strategy
/// refuses explicit transactions altogether.
/// </summary>
public sealed class RetryOutsideTransactions(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(500), errorCodesToAdd: null)
{
    private bool InTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    protected override void OnFirstExecution()
    {
        if (InTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !InTransaction && base.ShouldRetryOn(exception);
}
