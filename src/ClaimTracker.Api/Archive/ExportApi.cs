using System.Data;
using System.Text;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// <c>GET /api/export</c>: the database (or one actor's or article's neighbourhood) as the NDJSON that
/// <c>POST /api/import</c> reads, ids as keys, from one snapshot. PostgreSQL builds each line.
/// </summary>
public static class ExportApi
{
    private const string Lines = """
        SELECT json_strip_nulls(json_build_object('type', 'actor', 'key', a.id, 'name', a.name, 'kind', a.kind,
                   'description', a.description,
                   'aliases', (SELECT json_agg(x.name ORDER BY x.id) FROM actor_aliases x WHERE x.actor_id = a.id),
                   'memberOf', a.member_of_id, 'wikidataId', a.wikidata_id, 'createdAt', a.created_at, 'updatedAt', a.updated_at))::text
          FROM actors a {actors} ORDER BY a.id;
        SELECT json_strip_nulls(json_build_object('type', 'article', 'key', a.id, 'title', a.title, 'url', a.url, 'outlet', a.outlet,
                   'publishedAt', a.published_at, 'language', a.language, 'body', a.body,
                   'createdAt', a.created_at, 'updatedAt', a.updated_at))::text
          FROM articles a {articles} ORDER BY a.id;
        SELECT json_strip_nulls(json_build_object('type', 'claim', 'key', c.id, 'actor', c.actor_id, 'text', c.text, 'quote', c.quote,
                   'kind', c.kind, 'statedAt', c.stated_at, 'evidenceProvided', c.evidence_provided,
                   'topics', (SELECT json_agg(t.slug ORDER BY t.slug) FROM claim_topics ct JOIN topics t ON t.id = ct.topic_id WHERE ct.claim_id = c.id),
                   'appearances', (SELECT json_agg(json_build_object('key', p.id, 'article', p.article_id, 'quote', p.quote, 'kind', p.kind,
                                                                     'quoteStart', p.quote_start, 'quoteEnd', p.quote_end, 'createdAt', p.created_at)
                                                   ORDER BY p.id)
                                     FROM claim_appearances p WHERE p.claim_id = c.id),
                   'createdAt', c.created_at, 'updatedAt', c.updated_at))::text
          FROM claims c {claims} ORDER BY c.id;
        SELECT json_build_object('type', 'relation', 'key', r.id, 'from', r.source_claim_id, 'relation', r.type, 'to', r.target_claim_id,
                   'createdAt', r.created_at)::text
          FROM claim_relations r {relations} ORDER BY r.id;
        """;

    // The neighbourhood: the core claims (the actor's, or the article's), the claims they dispute or support or that
    // dispute or support them, and what those need to import on their own: actors (with the organisations they
    // are members of), articles of their appearances, and the relations that touch the core.
    private const string Scope = """
        CREATE TEMP TABLE export_core ON COMMIT DROP AS {core};
        CREATE TEMP TABLE export_claims ON COMMIT DROP AS
            SELECT id FROM export_core
            UNION SELECT r.target_claim_id FROM claim_relations r JOIN export_core k ON k.id = r.source_claim_id
            UNION SELECT r.source_claim_id FROM claim_relations r JOIN export_core k ON k.id = r.target_claim_id;
        CREATE TEMP TABLE export_actors ON COMMIT DROP AS
            WITH RECURSIVE up(id) AS (
                SELECT actor_id FROM claims WHERE id IN (SELECT id FROM export_claims) {self_actor}
                UNION SELECT a.member_of_id FROM actors a JOIN up ON up.id = a.id WHERE a.member_of_id IS NOT NULL)
            SELECT id FROM up;
        CREATE TEMP TABLE export_articles ON COMMIT DROP AS
            SELECT article_id AS id FROM claim_appearances WHERE claim_id IN (SELECT id FROM export_claims) {self_article};
        """;

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder api)
    {
        api.MapGet("/export", Export).WithName("ExportArchive").WithTags("Import and export").RequireAuthorization(Auth.AuthSetup.ReaderPolicy)
            .WithSummary("The whole database, or one actor's or article's neighbourhood, as the NDJSON that POST /api/import reads")
            .WithDescription("Actors, articles, claims (with appearances and topics), relations, ordered by id, ids as keys. With actor "
                + "or article: that one's claims, the claims they dispute or support or that dispute or support them, and the actors, "
                + "articles and relations these need, so that the export imports into an empty database on its own. Needs a reader key "
                + "even when anonymous reads are on: it is the whole database in one request.")
            .Produces<string>(StatusCodes.Status200OK, ImportApi.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="actor">Export this actor's neighbourhood only.</param>
    /// <param name="article">Export this article's neighbourhood only.</param>
    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid? actor, Guid? article, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (actor is not null && article is not null)
        {
            return Problems.Invalid("actor", "Give actor or article, not both.");
        }

        if (actor is { } a && !await db.Actors.AnyAsync(x => x.Id == a, ct))
        {
            return Problems.NotFound("Actor", a);
        }

        if (article is { } r && !await db.Articles.AnyAsync(x => x.Id == r, ct))
        {
            return Problems.NotFound("Article", r);
        }

        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var setup = new NpgsqlCommand("SET LOCAL TimeZone = 'UTC'", connection))
        {
            await setup.ExecuteNonQueryAsync(ct);
        }

        var sql = Lines;
        if ((actor ?? article) is { } root)
        {
            await using (var scope = new NpgsqlCommand(Scope
                .Replace("{core}", actor is null ? "SELECT claim_id AS id FROM claim_appearances WHERE article_id = @root" : "SELECT id FROM claims WHERE actor_id = @root", StringComparison.Ordinal)
                .Replace("{self_actor}", actor is null ? "" : "UNION SELECT @root", StringComparison.Ordinal)
                .Replace("{self_article}", article is null ? "" : "UNION SELECT @root", StringComparison.Ordinal), connection))
            {
                scope.Parameters.AddWithValue("root", root);
                await scope.ExecuteNonQueryAsync(ct);
            }

            sql = sql.Replace("{actors}", "WHERE a.id IN (SELECT id FROM export_actors)", StringComparison.Ordinal)
                .Replace("{articles}", "WHERE a.id IN (SELECT id FROM export_articles)", StringComparison.Ordinal)
                .Replace("{claims}", "WHERE c.id IN (SELECT id FROM export_claims)", StringComparison.Ordinal)
                .Replace("{relations}", "WHERE r.source_claim_id IN (SELECT id FROM export_core) OR r.target_claim_id IN (SELECT id FROM export_core)", StringComparison.Ordinal);
        }

        sql = sql.Replace("{actors}", "", StringComparison.Ordinal).Replace("{articles}", "", StringComparison.Ordinal)
            .Replace("{claims}", "", StringComparison.Ordinal).Replace("{relations}", "", StringComparison.Ordinal);

        http.Response.ContentType = ImportApi.MediaType;
        await using var output = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        do
        {
            while (await reader.ReadAsync(ct))
            {
                await output.WriteAsync(reader.GetString(0).AsMemory(), ct);
                await output.WriteAsync('\n');
            }
        }
        while (await reader.NextResultAsync(ct));

        await output.FlushAsync(ct);
        return TypedResults.Empty;
    }
}
