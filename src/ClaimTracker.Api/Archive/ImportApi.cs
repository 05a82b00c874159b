using System.Diagnostics;
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
                + "Watch progress (lines read) at GET /api/imports while it runs; the outcome stays there (imported, or rejected or failed with "
                + "the problem this request answered). Needs an editor key; Idempotency-Key does not apply.")
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes), new Idempotency.SkipsIdempotency(),
                new NdjsonRequestBody("One archive line (a JSON object: article, actor, claim or relation) per line; keys link the lines."))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        var imports = api.MapGroup("/imports").WithTags("Import and export").RequireAuthorization(Auth.AuthSetup.ReaderPolicy);
        imports.MapGet("", ListImports).WithName("ListImports")
            .WithSummary("Imports running and the last 20 finished, newest first, with lines read and, for a rejected or failed one, its problem")
            .WithDescription("Needs a reader key even when anonymous reads are on: it names the keys that imported.");
        imports.MapGet("/{id}", GetImport).WithName("GetImport")
            .WithSummary("One import's progress (lines read) or outcome").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapExport();
        return api;
    }

    public static async Task<Ok<List<ImportStatusResponse>>> ListImports(ClaimTrackerDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ImportRecords.ListAsync(db, ct));

    public static async Task<Results<Ok<ImportStatusResponse>, ProblemHttpResult>> GetImport(Guid id, ClaimTrackerDbContext db, CancellationToken ct) =>
        await ImportRecords.FindAsync(db, id, ct) is { } status ? TypedResults.Ok(status) : Common.Problems.NotFound("Import", id);

    public static async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> Import(
        HttpContext http, ClaimTrackerDbContext db, ImportRecords records, IServiceProvider services, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
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
        var run = new ImportRun(Common.Uuid7.NewId(), records, clock);
        await records.StartAsync(run.Id, http.User.Identity?.Name, now);
        (ImportError? Error, ImportCounts? Counts) outcome;
        try
        {
            outcome = await RunAsync(http, db, services, run, now, logs.CreateLogger(typeof(ImportApi)), ct);
        }
        catch (Exception e)
        {
            // The exception handler answers the client; the record keeps the same problem.
            var answer = Common.ProblemExceptionHandler.Describe(e);
            var problem = http.RequestAborted.IsCancellationRequested
                ? new ImportProblem(null, "Import cancelled", "The client closed the connection before the import finished. Nothing was imported.")
                : new ImportProblem(answer.Status, answer.Title ?? "Import failed", answer.Detail);
            await records.EndAsync(run.Id, ImportRecord.Failed, run.LinesRead, problem, clock.GetUtcNow());
            throw;
        }

        if (outcome.Error is { } error)
        {
            await records.EndAsync(run.Id, ImportRecord.Rejected, run.LinesRead, error.ToProblem(), clock.GetUtcNow());
            return error.ToResult(run.Id);
        }

        return TypedResults.Ok(new ImportResponse(run.Id, outcome.Counts!, Math.Round(stopwatch.Elapsed.TotalSeconds, 3)));
    }

    private static async Task<(ImportError? Error, ImportCounts? Counts)> RunAsync(
        HttpContext http, ClaimTrackerDbContext db, IServiceProvider services, ImportRun run, DateTimeOffset now, ILogger log, CancellationToken ct)
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

        long line = 0;
        await foreach (var text in NdjsonLines.ReadAsync(http.Request.BodyReader, ct))
        {
            line++;
            run.LinesRead = line;
            if (await importer.ReadLineAsync(text, line, ct) is { } error)
            {
                return (error, null);
            }

            if (line % 1000 == 0)
            {
                await run.ReportAsync();
            }
        }

        await run.WritingAsync();
        await staging.FlushAllAsync(ct);
        var phase = Stopwatch.StartNew();
        ImportLog.Read(log, run.Id, line, (DateTimeOffset.UtcNow - now).TotalSeconds);
        var writer = new ImportWriter(connection);
        var problem = await writer.CheckReferencesAsync([importer.Articles, importer.Actors, importer.Claims], ct)
            ?? importer.Finish(await writer.LoadBodiesAsync(importer.ArticlesToCheckInDatabase, ct))
            ?? await writer.CheckConflictsAsync(ct);
        if (problem is not null)
        {
            return (problem, null);
        }

        ImportLog.Checked(log, run.Id, phase.Elapsed.TotalSeconds);
        phase.Restart();

        var counts = new ImportCounts(line, staging.CountOf("import_articles"), staging.CountOf("import_actors"), staging.CountOf("import_aliases"),
            staging.CountOf("import_claims"), staging.CountOf("import_appearances"), staging.CountOf("import_relations"));
        await writer.WriteAsync(run.Id, http.User.Identity?.Name, counts, now, ct);
        await MarkImportedAsync(connection, run.Id, counts, ct);
        await transaction.CommitAsync(ct);
        ImportLog.Written(log, run.Id, phase.Elapsed.TotalSeconds);
        return (null, counts);
    }

    /// <summary>In the import's transaction: the record says imported exactly when the rows are there.</summary>
    private static async Task MarkImportedAsync(NpgsqlConnection connection, Guid id, ImportCounts counts, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE imports SET state = $1, lines_read = $2, counts = $3::jsonb, finished_at = clock_timestamp() WHERE id = $4", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ImportRecord.Imported });
        command.Parameters.Add(new NpgsqlParameter { Value = counts.Lines });
        command.Parameters.Add(new NpgsqlParameter { Value = System.Text.Json.JsonSerializer.Serialize(counts, ArchiveImporter.LineJson) });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await command.ExecuteNonQueryAsync(ct);
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
