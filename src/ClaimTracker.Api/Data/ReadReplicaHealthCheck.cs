using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ClaimTracker.Api.Data;

/// <summary>Readiness of the read replica: reachable, and still a standby (a promoted one no longer follows the primary).</summary>
public sealed class ReadReplicaHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is true
                ? HealthCheckResult.Healthy("The read replica is a streaming standby.")
                : new HealthCheckResult(context.Registration.FailureStatus, "The read replica is not a standby (promoted?): its data no longer follows the primary.");
        }
        catch (NpgsqlException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The read replica cannot be reached; reads go to the primary.", e);
        }
    }
}
