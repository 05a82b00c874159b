using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.History;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Common;

public static class ApiServices
{
    public static WebApplicationBuilder AddClaimTrackerServices(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("ClaimTracker");
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:ClaimTracker is not set. Run ./run.sh, or set ConnectionStrings__ClaimTracker to a PostgreSQL connection string.");
        }

        // Fail fast when PostgreSQL is down (a 503 in seconds, not a hang), unless the connection string says otherwise.
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            connection.Timeout = builder.Configuration.GetValue("Database:ConnectTimeoutSeconds", 3);
        }

        // Prepared statements: planning the query layer's joins costs more than running them (measured: 0.08× pgbench
        // without, docs/performance.md). Npgsql prepares a command's SQL once it has run twice on a connection.
        if (!configured.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            connection.MaxAutoPrepare = builder.Configuration.GetValue("Database:MaxAutoPrepare", 128);
            connection.AutoPrepareMinUsages = 2;
        }

        var connectionString = connection.ConnectionString;

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Archive.ImportRecords>();
        builder.Services.AddHostedService<Archive.ImportRecovery>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<KeyNameInterceptor>();
        builder.Services.AddSingleton<PreparedStatementRepair>();
        builder.AddReadReplica(connectionString);
        // Pooled: a request reuses a reset context instead of building one (the interceptor is a singleton that reads
        // the current request through IHttpContextAccessor, so it stays correct across reuses).
        builder.Services.AddDbContextPool<ClaimTrackerDbContext>((services, options) => options
            .AddInterceptors(services.GetRequiredService<KeyNameInterceptor>(), services.GetRequiredService<PreparedStatementRepair>())
            .UseReadReplicaWhenConfigured(services)
            // One command per list even where a claim brings two small collections (appearances, topics).
            .UseNpgsql(connectionString, npgsql => npgsql
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .ExecutionStrategy(dependencies => new RetryOutsideTransactions(dependencies)))
            .UseSnakeCaseNamingConvention());

        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new StorableStringConverter());
        });

        // Malformed JSON, a non-GUID id or a non-numeric limit must reach the exception handler as a 400 problem.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "Send the request body as JSON, with 'Content-Type: application/json'.";
            }
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: false);

        builder.Services.AddHealthChecks().AddDbContextCheck<ClaimTrackerDbContext>("database", tags: ["ready"]);
        builder.AddApiKeyAuth();
        builder.AddHttpHardening();
        builder.AddSwagger();
        return builder;
    }
}
