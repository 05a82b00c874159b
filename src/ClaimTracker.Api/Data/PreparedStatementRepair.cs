using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClaimTracker.Api.Data;

/// <summary>
/// Works around an Npgsql fault (10.0.3, and its main branch as of 2026-12): when a statement fails while its
/// parameters are bound (PostgreSQL answers the Bind with an error, e.g. 22021 for a NUL in a text parameter) on the
/// very execution in which Npgsql auto-prepares it, Npgsql has already recorded the statement as prepared on
/// ParseComplete but never received its row description. The next run of the same SQL on that physical connection
/// reads its rows as if it returned none ("Received unexpected backend message DataRow"), and the pool hands that
/// connection to other requests. The edge refuses such text (<see cref="Common.StorableText"/>); this is the second
/// line: after any data exception (SQLSTATE class 22, which is what a failed bind raises) the connection's prepared
/// statements are dropped (<c>DEALLOCATE ALL</c>) before anyone else uses it, so they are prepared afresh.
/// Inside a transaction PostgreSQL accepts nothing but its end, so the repair waits for the connection to close.
/// Reproduced in tests/ClaimTracker.Api.Tests/Data/NpgsqlAutoPrepareFaultTests.cs.
/// </summary>
public sealed partial class PreparedStatementRepair(ILogger<PreparedStatementRepair> logger) : DbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, object> NeedRepair = [];

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Repair(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Repair(command, eventData.Exception);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        RepairDeferred(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        RepairDeferred(connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>Whether a failure may have left an auto-prepared statement half recorded.</summary>
    public static bool MayLeaveStatementHalfPrepared(Exception exception) =>
        exception is PostgresException { SqlState.Length: 5 } pg && pg.SqlState.StartsWith("22", StringComparison.Ordinal);

    private void Repair(DbCommand command, Exception exception)
    {
        if (!MayLeaveStatementHalfPrepared(exception) || command.Connection is not NpgsqlConnection connection)
        {
            return;
        }

        if (command.Transaction is null && connection.State == ConnectionState.Open)
        {
            Unprepare(connection);
        }
        else
        {
            NeedRepair.AddOrUpdate(connection, connection);
        }
    }

    private void RepairDeferred(DbConnection connection)
    {
        if (NeedRepair.Remove(connection) && connection is NpgsqlConnection { State: ConnectionState.Open } npgsql)
        {
            Unprepare(npgsql);
        }
    }

    private void Unprepare(NpgsqlConnection connection)
    {
        try
        {
            connection.UnprepareAll();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is broken or busy: Npgsql then discards it rather than returning it to the pool.
            LogRepairFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the prepared statements of a connection after a data exception")]
    private static partial void LogRepairFailed(ILogger logger, Exception exception);
}
