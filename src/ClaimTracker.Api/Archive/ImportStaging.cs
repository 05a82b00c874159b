using Npgsql;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Temporary tables (dropped at commit) that the import fills with binary COPY in batches while it reads the stream,
/// each row with the line it came from, so that set-based checks against existing data can name the line.
/// </summary>
internal sealed class ImportStaging(NpgsqlConnection connection)
{
    private const int BatchRows = 20_000;

    private static readonly Dictionary<string, string> Tables = new()
    {
        ["import_articles"] = "line bigint, id uuid, title text, url text, outlet text, published_at timestamptz, language text, body text, created_at timestamptz, updated_at timestamptz",
        ["import_actors"] = "line bigint, id uuid, name text, kind text, description text, member_of_id uuid, wikidata_id text, created_at timestamptz, updated_at timestamptz",
        ["import_aliases"] = "line bigint, id uuid, actor_id uuid, name text",
        ["import_claims"] = "line bigint, id uuid, actor_id uuid, text text, quote text, kind text, stated_at timestamptz, evidence_provided boolean, created_at timestamptz, updated_at timestamptz",
        ["import_appearances"] = "line bigint, id uuid, claim_id uuid, article_id uuid, quote text, quote_start integer, quote_end integer, kind text, created_at timestamptz",
        ["import_claim_topics"] = "line bigint, claim_id uuid, slug text",
        ["import_relations"] = "line bigint, id uuid, source_claim_id uuid, type text, target_claim_id uuid, created_at timestamptz",
    };

    private readonly Dictionary<string, List<object?[]>> _buffers = Tables.Keys.ToDictionary(t => t, _ => new List<object?[]>());
    private readonly Dictionary<string, long> _counts = Tables.Keys.ToDictionary(t => t, _ => 0L);

    public long CountOf(string table) => _counts[table];

    public async Task CreateAsync(CancellationToken ct)
    {
        var sql = string.Join('\n', Tables.Select(t => $"CREATE TEMP TABLE {t.Key} ({t.Value}) ON COMMIT DROP;"));
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AddAsync(string table, object?[] row, CancellationToken ct)
    {
        var buffer = _buffers[table];
        buffer.Add(row);
        _counts[table]++;
        if (buffer.Count >= BatchRows || (table == "import_articles" && buffer.Count >= BatchRows / 10))
        {
            await FlushAsync(table, ct);
        }
    }

    public async Task FlushAllAsync(CancellationToken ct)
    {
        foreach (var table in Tables.Keys)
        {
            await FlushAsync(table, ct);
        }
    }

    private async Task FlushAsync(string table, CancellationToken ct)
    {
        var buffer = _buffers[table];
        if (buffer.Count == 0)
        {
            return;
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in buffer)
            {
                await writer.StartRowAsync(ct);
                foreach (var value in row)
                {
                    await (value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, ct));
                }
            }

            await writer.CompleteAsync(ct);
        }

        buffer.Clear();
    }
}
