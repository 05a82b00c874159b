using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClaimTracker.Api.Data;

/// <summary>
/// Points each connection the context opens at the replica or the primary, as it opens: the replica while a
/// <see cref="ReadReplica.ReadsFromReplica{TBuilder}"/> handler runs, the primary otherwise. Choosing at open time
/// (not when the context is made) lets one context read the key from the primary and the query from the replica in
/// the same request, and works the same whether contexts are pooled or not.
/// When the replica cannot be reached, the read goes to the primary instead, and the replica is left alone for
/// <see cref="SkipAfterFailure"/> so that requests do not each wait for its connect timeout.
/// </summary>
public sealed partial class ReadReplicaRouting(
    ReadReplicaRouting.Connections connections, IHttpContextAccessor http, TimeProvider clock, ILogger<ReadReplicaRouting> logger)
    : DbConnectionInterceptor
{
    public static readonly TimeSpan SkipAfterFailure = TimeSpan.FromSeconds(5);

    private long _replicaSkippedUntil;

    public sealed record Connections(string Primary, string Replica);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (!PointAtReplica(connection))
        {
            return result;
        }

        try
        {
            connection.Open();
            return InterceptionResult.Suppress();
        }
        catch (NpgsqlException e)
        {
            FallBackToPrimary(connection, e);
            return result;
        }
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (!PointAtReplica(connection))
        {
            return result;
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            return InterceptionResult.Suppress();
        }
        catch (NpgsqlException e)
        {
            FallBackToPrimary(connection, e);
            return result;
        }
    }

    private bool PointAtReplica(DbConnection connection)
    {
        var replica = ReadReplica.ServesFromReplica(http.HttpContext)
            && clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _replicaSkippedUntil);
        connection.ConnectionString = replica ? connections.Replica : connections.Primary;
        return replica;
    }

    private void FallBackToPrimary(DbConnection connection, NpgsqlException error)
    {
        Interlocked.Exchange(ref _replicaSkippedUntil, (clock.GetUtcNow() + SkipAfterFailure).UtcTicks);
        LogReplicaUnreachable(logger, error, SkipAfterFailure.TotalSeconds);
        connection.ConnectionString = connections.Primary;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read replica cannot be reached; reads go to the primary for the next {Seconds} s")]
    private static partial void LogReplicaUnreachable(ILogger logger, Exception exception, double seconds);
}
