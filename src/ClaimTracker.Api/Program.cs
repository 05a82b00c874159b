using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Archive;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Explorer;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Api.History;
using ClaimTracker.Api.Idempotency;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Topics;
using ClaimTracker.Api.Verdicts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());
builder.AddClaimTrackerServices();

var app = builder.Build();
app.UseClaimTrackerRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHttpHardening();
app.UseExplorer();
app.UseSwaggerDocs();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.ApiPolicy).AddEndpointFilter<QueryLimitsFilter>()
    .AddEndpointFilter<IdempotencyFilter>();
api.MapArticles();
api.MapActors();
api.MapClaims();
api.MapQueries();
api.MapTopics();
api.MapKeys();
api.MapHistory();
api.MapExtractions();
api.MapVerdicts();
api.MapArchive();

await app.PrepareDatabaseAsync();
await app.RunAsync();
