using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends, to prove a request's command count does not grow with its answer. The API
/// key lookup is left out: it is cached for 30 seconds, so whether a request pays it depends on the clock.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    private void CountUnlessKeyLookup(DbCommand command)
    {
        if (!command.CommandText.Contains("FROM api_keys", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountUnlessKeyLookup(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountUnlessKeyLookup(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountUnlessKeyLookup(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
