using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Topics;
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
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSerilogRequestLogging();
app.UseSwaggerDocs();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapArticles();
app.MapActors();
app.MapClaims();
app.MapQueries();
app.MapTopics();
app.MapExtractions();

await app.PrepareDatabaseAsync();
await app.RunAsync();
