using System.Diagnostics;
using System.Text;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Topics;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClaimTracker.Api.Archive;

/// <summary>The summary of a committed import.</summary>
public sealed record ImportResponse(Guid Id, ImportCounts Counts, double Seconds);

/// <summary>Bulk import of an NDJSON archive: <c>POST /api/import</c>, and its progress at <c>/api/imports</c>.</summary>
public static class ImportApi
{
    public const string MediaType = "application/x-ndjson";
    private const long DefaultMaxBytes = 16L * 1024 * 1024 * 1024;

    public static IEndpointRouteBuilder MapArchive(this IEndpointRouteBuilder api)
    {
        var maxBytes = api.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Import:MaxBytes", DefaultMaxBytes);
        api.MapPost("/import", Import).WithName("ImportArchive").WithTags("Import and export")
            .WithSummary("Import an NDJSON archive (articles, actors, claims, relations) in one transaction: all lines or none")
            .WithDescription("One JSON object a line; see the README (Bulk import and export) for the line format. A bad line rejects "
                + "the whole import with a problem naming the line and field (400, or 409 for a conflict with existing data). "
                + "Watch progress (lines read) at GET /api/imports while it runs. Needs an editor key; Idempotency-Key does not apply.")
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes), new Idempotency.SkipsIdempotency(),
                new NdjsonRequestBody("One archive line (a JSON object: article, actor, claim or relation) per line; keys link the lines."))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/imports", (ImportProgress progress) => TypedResults.Ok(progress.List())).WithName("ListImports").WithTags("Import and export")
            .WithSummary("The imports of this API process, running and recently finished, newest first, with lines read");
        api.MapGet("/imports/{id}", GetImport).WithName("GetImport").WithTags("Import and export")
            .WithSummary("One import's progress (lines read) or outcome").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapExport();
        return api;
    }

    public static Results<Ok<ImportStatusResponse>, ProblemHttpResult> GetImport(Guid id, ImportProgress progress) =>
        progress.Find(id) is { } status ? TypedResults.Ok(status) : Common.Problems.NotFound("Import", id);

    public static async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> Import(
        HttpContext http, ClaimTrackerDbContext db, ImportProgress progress, IServiceProvider services, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var contentType = http.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(contentType, MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send the archive as '{MediaType}': one JSON object a line.");
        }

        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        var id = Common.Uuid7.NewId();
        var entry = progress.Start(id, http.User.Identity?.Name, now);
        var outcome = await RunAsync(http, db, services, entry, now, logs.CreateLogger(typeof(ImportApi)), ct);
        entry.FinishedAt = clock.GetUtcNow();
        if (outcome.Error is { } error)
        {
            entry.State = "rejected";
            entry.Problem = $"Line {error.Line} ({error.Field}): {error.Message}";
            return error.ToResult();
        }

        entry.State = "imported";
        entry.Counts = outcome.Counts;
        return TypedResults.Ok(new ImportResponse(id, outcome.Counts!, Math.Round(stopwatch.Elapsed.TotalSeconds, 3)));
    }

    private static async Task<(ImportError? Error, ImportCounts? Counts)> RunAsync(
        HttpContext http, ClaimTrackerDbContext db, IServiceProvider services, ImportProgress.Entry entry, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var setup = new NpgsqlCommand("SET LOCAL claimtracker.bulk_import = 'on'", connection))
        {
            await setup.ExecuteNonQueryAsync(ct);
        }

        var staging = new ImportStaging(connection);
        await staging.CreateAsync(ct);
        var importer = new ArchiveImporter(staging,
            services.GetRequiredService<IValidator<ArticleRequest>>(), services.GetRequiredService<IValidator<ActorRequest>>(),
            services.GetRequiredService<IValidator<ClaimRequest>>(), services.GetRequiredService<IValidator<AppearanceRequest>>(),
            services.GetRequiredService<IValidator<ClaimTopicsRequest>>(), now);

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        long line = 0;
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (await importer.ReadLineAsync(text, line, ct) is { } error)
            {
                return (error, null);
            }

            if (line % 1000 == 0)
            {
                entry.LinesRead = line;
            }
        }

        entry.LinesRead = line;
        entry.State = "writing";
        await staging.FlushAllAsync(ct);
        var phase = Stopwatch.StartNew();
        ImportLog.Read(log, entry.Id, line, (DateTimeOffset.UtcNow - now).TotalSeconds);
        var writer = new ImportWriter(connection);
        var problem = await writer.CheckReferencesAsync([importer.Articles, importer.Actors, importer.Claims], ct)
            ?? importer.Finish(await writer.LoadBodiesAsync(importer.ArticlesToCheckInDatabase, ct))
            ?? await writer.CheckConflictsAsync(ct);
        if (problem is not null)
        {
            return (problem, null);
        }

        ImportLog.Checked(log, entry.Id, phase.Elapsed.TotalSeconds);
        phase.Restart();

        var counts = new ImportCounts(line, staging.CountOf("import_articles"), staging.CountOf("import_actors"), staging.CountOf("import_aliases"),
            staging.CountOf("import_claims"), staging.CountOf("import_appearances"), staging.CountOf("import_relations"));
        await writer.WriteAsync(entry.Id, http.User.Identity?.Name, counts, now, ct);
        await transaction.CommitAsync(ct);
        ImportLog.Written(log, entry.Id, phase.Elapsed.TotalSeconds);
        return (null, counts);
    }
}

internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id}: {Lines} lines read, checked and staged in {Seconds:F1} s")]
    public static partial void Read(ILogger logger, Guid id, long lines, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id}: checked against the database in {Seconds:F1} s")]
    public static partial void Checked(ILogger logger, Guid id, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id}: written and committed in {Seconds:F1} s")]
    public static partial void Written(ILogger logger, Guid id, double seconds);
}
