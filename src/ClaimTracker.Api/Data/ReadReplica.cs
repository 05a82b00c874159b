using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimTracker.Api.Data;

/// <summary>
/// Sends the reads of the endpoints marked <see cref="ReadsFromReplica{TBuilder}"/> to a streaming replica
/// (<c>ConnectionStrings:ClaimTrackerReadOnly</c>, optional); everything else, including the API key lookup and the
/// idempotency check that run before the handler, stays on the primary.
/// </summary>
public static class ReadReplica
{
    public const string ConnectionStringName = "ClaimTrackerReadOnly";

    private static readonly object ServeFromReplica = new();

    /// <summary>
    /// The handler's queries may read from the replica, so they may lag behind the latest writes. Only for reads
    /// that need not see the caller's own write at once: never a single resource (its ETag feeds If-Match).
    /// </summary>
    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ReadsFromReplicaMetadata());
        // A filter, not a middleware: it runs after authentication, so that the key lookup still reads the primary.
        return builder.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Items[ServeFromReplica] = true;
            return next(context);
        });
    }

    internal static bool ServesFromReplica(HttpContext? context) => context?.Items.ContainsKey(ServeFromReplica) == true;

    /// <summary>Registers the routing and the replica's readiness check when a read-only connection string is set.</summary>
    public static WebApplicationBuilder AddReadReplica(this WebApplicationBuilder builder, string primaryConnectionString)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        var replica = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            replica.Timeout = builder.Configuration.GetValue("Database:ConnectTimeoutSeconds", 3);
        }

        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ReadReplicaRouting>(
            services, new ReadReplicaRouting.Connections(primaryConnectionString, replica.ConnectionString)));
        // Degraded, not unhealthy: without the replica, reads go to the primary and the instance still serves.
        builder.Services.AddHealthChecks().AddCheck("read-replica", new ReadReplicaHealthCheck(replica.ConnectionString),
            failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        return builder;
    }

    /// <summary>Adds the routing to the context's options when <see cref="AddReadReplica"/> registered it.</summary>
    public static DbContextOptionsBuilder UseReadReplicaWhenConfigured(this DbContextOptionsBuilder options, IServiceProvider services) =>
        services.GetService<ReadReplicaRouting>() is { } routing ? options.AddInterceptors(routing) : options;
}

/// <summary>Marks an endpoint whose reads may be served by the read replica (see <see cref="ReadReplica"/>).</summary>
public sealed class ReadsFromReplicaMetadata;
