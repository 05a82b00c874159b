using ClaimTracker.Api.Common;
using Npgsql;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// The database half of an import: references to existing rows, conflicts with them (each named by its line), then
/// set-based INSERT ... SELECT from the staging tables, and the derived claim columns from the functions the triggers call.
/// Runs in the import's transaction, where <c>claimtracker.bulk_import</c> is on, so the row triggers step aside.
/// </summary>
internal sealed class ImportWriter(NpgsqlConnection connection)
{
    private static readonly Dictionary<string, string> TableOf = new() { ["article"] = "articles", ["actor"] = "actors", ["claim"] = "claims" };

    public async Task<ImportError?> CheckReferencesAsync(IEnumerable<KeyMap> maps, CancellationToken ct)
    {
        var missing = new List<(long Line, string Field, string Message)>();
        foreach (var map in maps)
        {
            foreach (var (_, reference) in map.Undefined.Where(r => !r.Value.IsId))
            {
                missing.Add((reference.Line, reference.Field, $"No {map.Kind} of the stream has the key '{reference.Key}'."));
            }

            var ids = map.Undefined.Where(r => r.Value.IsId).Select(r => r.Key).ToArray();
            if (ids.Length == 0)
            {
                continue;
            }

            await using var command = new NpgsqlCommand(
                $"SELECT u.id FROM unnest($1) AS u(id) WHERE NOT EXISTS (SELECT 1 FROM {TableOf[map.Kind]} t WHERE t.id = u.id)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = ids });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var reference = map.Undefined[reader.GetGuid(0)];
                missing.Add((reference.Line, reference.Field, $"No {map.Kind} of the stream has the key '{reference.Key}', and no existing {map.Kind} has that id."));
            }
        }

        return missing.Count == 0 ? null : missing.OrderBy(m => m.Line).Select(m => ImportError.Invalid(m.Line, m.Field, m.Message)).First();
    }

    public async Task<Dictionary<Guid, string>> LoadBodiesAsync(IEnumerable<Guid> articles, CancellationToken ct)
    {
        var bodies = new Dictionary<Guid, string>();
        var ids = articles.ToArray();
        if (ids.Length == 0)
        {
            return bodies;
        }

        await using var command = new NpgsqlCommand("SELECT id, body FROM articles WHERE id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            bodies[reader.GetGuid(0)] = reader.GetString(1);
        }

        return bodies;
    }

    public async Task<ImportError?> CheckConflictsAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT line, field, message FROM (
                SELECT s.line, 'key' AS field, 'An article with the id ' || s.id || ' already exists.' AS message
                  FROM import_articles s JOIN articles a ON a.id = s.id
                UNION ALL SELECT s.line, 'url', 'Article ' || a.id || ' already has the url ''' || s.url || '''.'
                  FROM import_articles s JOIN articles a ON a.url = s.url
                UNION ALL SELECT s.line, 'key', 'An actor with the id ' || s.id || ' already exists.'
                  FROM import_actors s JOIN actors a ON a.id = s.id
                UNION ALL SELECT s.line, 'name', 'Actor ' || a.id || ' already has the name ''' || a.name || '''.'
                  FROM import_actors s JOIN actors a ON a.normalized_name = lower(s.name)
                UNION ALL SELECT s.line, 'aliases', 'The alias ''' || x.name || ''' belongs to actor ' || x.actor_id || '.'
                  FROM import_aliases s JOIN actor_aliases x ON x.normalized_name = lower(s.name)
                UNION ALL SELECT s.line, 'key', 'A claim with the id ' || s.id || ' already exists.'
                  FROM import_claims s JOIN claims c ON c.id = s.id
                UNION ALL SELECT s.line, 'appearances', 'An appearance with the id ' || s.id || ' already exists.'
                  FROM import_appearances s JOIN claim_appearances p ON p.id = s.id
                UNION ALL SELECT s.line, 'key', 'A relation with the id ' || s.id || ' already exists.'
                  FROM import_relations s JOIN claim_relations r ON r.id = s.id
                UNION ALL SELECT s.line, 'to', 'Relation ' || r.id || ' already records that the claim ' || s.type || ' the target.'
                  FROM import_relations s JOIN claim_relations r
                    ON r.source_claim_id = s.source_claim_id AND r.type = s.type AND r.target_claim_id = s.target_claim_id
            ) AS conflicts
            ORDER BY line LIMIT 1
            """, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ImportError.Conflict(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async Task WriteAsync(Guid importId, string? keyName, ImportCounts counts, DateTimeOffset now, CancellationToken ct)
    {
        var slugs = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT DISTINCT s.slug FROM import_claim_topics s WHERE NOT EXISTS (SELECT 1 FROM topics t WHERE t.slug = s.slug) ORDER BY 1", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                slugs.Add(reader.GetString(0));
            }
        }

        await using var write = new NpgsqlCommand("""
            INSERT INTO topics (id, slug, created_at) SELECT * FROM unnest(@topic_ids::uuid[], @slugs::text[]) CROSS JOIN (SELECT @now::timestamptz) AS t;

            INSERT INTO articles (id, title, url, outlet, published_at, language, body, created_at, updated_at)
            SELECT id, title, url, outlet, published_at, language, body, created_at, updated_at FROM import_articles;

            INSERT INTO actors (id, name, kind, description, member_of_id, wikidata_id, created_at, updated_at)
            SELECT id, name, kind, description, member_of_id, wikidata_id, created_at, updated_at FROM import_actors;

            INSERT INTO actor_aliases (id, actor_id, name) SELECT id, actor_id, name FROM import_aliases;

            -- The derived columns are left to the functions the triggers call, once the appearances and relations are in
            -- (said_at has to be something until then).
            INSERT INTO claims (id, actor_id, text, quote, kind, stated_at, evidence_provided, created_at, updated_at, said_at)
            SELECT id, actor_id, text, quote, kind, stated_at, evidence_provided, created_at, updated_at, created_at FROM import_claims;

            INSERT INTO claim_appearances (id, claim_id, article_id, quote, quote_start, quote_end, kind, created_at)
            SELECT id, claim_id, article_id, quote, quote_start, quote_end, kind, created_at FROM import_appearances;

            INSERT INTO claim_topics (claim_id, topic_id)
            SELECT DISTINCT s.claim_id, t.id FROM import_claim_topics s JOIN topics t ON t.slug = s.slug;

            INSERT INTO claim_relations (id, source_claim_id, type, target_claim_id, created_at)
            SELECT id, source_claim_id, type, target_claim_id, created_at FROM import_relations;

            SELECT claims_refresh_first_appearance(ARRAY(SELECT id FROM import_claims));
            SELECT claims_recount(ARRAY(SELECT DISTINCT target_claim_id FROM import_relations));

            INSERT INTO change_history (subject_id, entity_type, entity_id, action, key_name, after)
            VALUES (@import_id, 'import', @import_id, 'created', @key_name, @counts::jsonb);
            """, connection) { CommandTimeout = 0 };
        write.Parameters.AddWithValue("topic_ids", slugs.Select(_ => Uuid7.NewId()).ToArray());
        write.Parameters.AddWithValue("slugs", slugs.ToArray());
        write.Parameters.AddWithValue("now", now);
        write.Parameters.AddWithValue("import_id", importId);
        write.Parameters.AddWithValue("key_name", NpgsqlTypes.NpgsqlDbType.Text, (object?)keyName ?? DBNull.Value);
        write.Parameters.AddWithValue("counts", System.Text.Json.JsonSerializer.Serialize(counts, ArchiveImporter.LineJson));
        await write.ExecuteNonQueryAsync(ct);
    }
}
