using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClaimTracker.Bench.RawReference;

/// <summary>
/// <c>bench raw-reference</c>: the same routes as the API, each issuing the API's own SQL (bench/sql/statements/*.sql,
/// written by <c>capture-sql</c>) through one NpgsqlDataSource with the same pool size, and streaming the rows as JSON
/// with Utf8JsonWriter: what the endpoint costs without EF Core, model binding, authentication and the API's
/// middleware. The JSON holds the same values, as flat rows per command.
/// </summary>
internal static class RawReferenceHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var connection = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("ClaimTracker"))
        {
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
        };
        await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
        var app = builder.Build();
        var endpoints = new RawEndpoints(dataSource);

        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/api/claims/{id:guid}", endpoints.ClaimAsync);
        app.MapGet("/api/claims/{id:guid}/disputers", endpoints.DisputersAsync);
        app.MapGet("/api/claims/{id:guid}/thread", endpoints.ThreadAsync);
        app.MapGet("/api/actors/{id:guid}/claims", endpoints.ActorClaimsAsync);
        app.MapGet("/api/claims", endpoints.SearchAsync);
        app.MapGet("/api/claims/contested", endpoints.ContestedAsync);
        app.MapPost("/api/claims", endpoints.CreateClaimAsync);
        app.MapPost("/api/claims/{id:guid}/relations", endpoints.AddRelationAsync);
        await app.RunAsync();
    }
}
