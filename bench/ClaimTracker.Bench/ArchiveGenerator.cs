using System.Globalization;
using System.Text;
using Npgsql;

namespace ClaimTracker.Bench;

/// <summary>
/// Makes a deterministic, realistic archive of a given size (same seed, same data) and loads it with binary COPY:
/// articles whose bodies hold their claims' quotes at exact offsets, Zipf-distributed speakers (a few prolific,
/// most rare) with aliases and memberships, ~2 relations per claim clustered around contested claims (with
/// chains and some cycles), and topics.
/// </summary>
internal sealed class ArchiveGenerator(int claimCount, int seed)
{
    private static readonly DateTimeOffset Epoch = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);
    private long _idClock = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Generates the archive and loads it into the database with binary COPY (triggers off; derived columns set after).</summary>
    public async Task LoadAsync(NpgsqlConnection connection, TextWriter log)
    {
        var archive = Generate();
        await using (var setup = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            // Triggers (foreign keys, derived claim columns) off during the load; the data is consistent by
            // construction, and the derived columns are computed once at the end by the functions the triggers call.
            await setup.ExecuteNonQueryAsync();
        }

        await CopyActorsAsync(connection, archive.Actors);
        await CopyArticlesAsync(connection, archive.Articles);
        await CopyClaimsAsync(connection, archive.Claims);
        await CopyRelationsAsync(connection, archive.Relations);
        await CopyTopicsAsync(connection, archive);
        await using (var finish = new NpgsqlCommand("""
            SELECT claims_refresh_first_appearance(ARRAY(SELECT id FROM claims));
            SELECT claims_recount(ARRAY(SELECT id FROM claims));
            SET session_replication_role = origin;
            ANALYZE;
            """, connection) { CommandTimeout = 0 })
        {
            await finish.ExecuteNonQueryAsync();
        }

        await log.WriteLineAsync($"generated {archive.Actors.Count} actors, {archive.Articles.Count} articles, {archive.Claims.Count} claims, {archive.Relations.Count} relations (seed {seed})");
    }

    /// <summary>
    /// Makes the whole archive in memory. The order of the random draws is the order the COPY loader always had
    /// (actors, articles, claims, aliases, bodies, appearances, relations, topics): same seed, same data either way.
    /// </summary>
    public GeneratedArchive Generate()
    {
        var actorCount = Math.Max(50, claimCount / 20);
        var articleCount = Math.Max(10, claimCount / 5);

        var actors = MakeActors(actorCount);
        var articles = Enumerable.Range(0, articleCount).Select(i => new ArticleRow(NewId(), Epoch.AddHours(_random.Next(4 * 365 * 24)), [])).ToList();
        var speakers = new Zipf(actorCount, 1.07);
        var claims = new List<ClaimRow>(claimCount);
        for (var i = 0; i < claimCount; i++)
        {
            var article = articles[_random.Next(articleCount)];
            var quote = MakeQuote();
            var claim = new ClaimRow(NewId(), actors[speakers.Next(_random)].Id, article, quote,
                _random.NextDouble() < 0.7 ? ClaimTextFrom(quote) : quote, _random.NextDouble() < 0.6 ? "direct" : "indirect",
                _random.NextDouble() < 0.3 ? article.PublishedAt.AddHours(-_random.Next(48)) : null,
                _random.NextDouble() switch { < 0.15 => false, < 0.25 => true, _ => null });
            article.Claims.Add(claim);
            claims.Add(claim);
        }

        foreach (var actor in actors)
        {
            actor.AliasIds.AddRange(actor.Aliases.Select(_ => NewId()));
        }

        MakeBodies(articles);
        foreach (var claim in claims)
        {
            claim.AppearanceId = NewId();
        }

        var relations = MakeRelations(claims);
        var topics = Words.Topics.Select(slug => (Id: NewId(), Slug: slug)).ToList();
        var pick = new Zipf(topics.Count, 0.8);
        foreach (var claim in claims)
        {
            var count = _random.Next(3);
            claim.Topics.AddRange(Enumerable.Range(0, count).Select(_ => topics[pick.Next(_random)]).Distinct());
        }

        return new GeneratedArchive(actors, articles, claims, relations, topics);
    }

    private List<ActorRow> MakeActors(int count)
    {
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var actors = new List<ActorRow>(count);
        for (var i = 0; i < count; i++)
        {
            var isPerson = i % 5 != 0;
            string name;
            List<string> aliases = [];
            if (isPerson)
            {
                var surname = _random.Pick(Words.Surnames);
                name = $"{_random.Pick(Words.FirstNames)} {surname} {i.ToString(CultureInfo.InvariantCulture)}";
                aliases.Add($"{surname} {i.ToString(CultureInfo.InvariantCulture)}");
            }
            else
            {
                name = $"{_random.Pick(["Ministry of", "Institute for", "Council of", "Agency for"])} {_random.Pick(Words.Objects)[4..]} {i.ToString(CultureInfo.InvariantCulture)}";
                aliases.Add(string.Concat(name.Split(' ').Where(w => w.Length > 2).Select(w => char.ToUpperInvariant(w[0]))) + i.ToString(CultureInfo.InvariantCulture));
            }

            usedNames.Add(name);
            var memberOf = isPerson && actors.Count > 5 && _random.NextDouble() < 0.3
                ? actors[_random.Next(actors.Count / 5) * 5].Id
                : (Guid?)null;
            actors.Add(new ActorRow(NewId(), name, isPerson ? "person" : (i % 10 == 0 ? "government" : "organization"),
                aliases.Where(usedNames.Add).ToList(), memberOf));
        }

        return actors;
    }

    private string MakeQuote()
    {
        var qualifier = _random.Pick(Words.Qualifiers);
        var text = $"{_random.Pick(Words.Subjects)} {_random.Pick(Words.Verbs)} {_random.Pick(Words.Objects)}";
        return qualifier.Length == 0 ? text + "." : $"{text} {qualifier}.";
    }

    private static string ClaimTextFrom(string quote) =>
        quote.Replace("Our country", "The country", StringComparison.Ordinal).Replace("Our allies", "The allies", StringComparison.Ordinal);

    private static async Task CopyActorsAsync(NpgsqlConnection connection, List<ActorRow> actors)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY actors (id, name, kind, description, member_of_id, wikidata_id, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in actors)
            {
                await writer.WriteRowAsync(default, a.Id, a.Name, a.Kind, "Generated actor", (object?)a.MemberOf ?? DBNull.Value, DBNull.Value, Epoch, Epoch);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY actor_aliases (id, actor_id, name) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in actors)
            {
                foreach (var (alias, id) in a.Aliases.Zip(a.AliasIds))
                {
                    await writer.WriteRowAsync(default, id, a.Id, alias);
                }
            }

            await writer.CompleteAsync();
        }
    }

    private void MakeBodies(List<ArticleRow> articles)
    {
        var n = 0;
        foreach (var article in articles)
        {
            // The body strings the claims' quotes together, so that each claim's offsets point at its quote.
            var body = new StringBuilder("Officials spoke on the crisis. ");
            foreach (var claim in article.Claims)
            {
                body.Append(claim.Kind == "direct" ? $"{Speaker(claim)} {_random.Pick(Words.Cues)}: \u201c" : $"{Speaker(claim)} {_random.Pick(Words.Cues)} that ");
                claim.QuoteStart = body.Length;
                body.Append(claim.Quote);
                claim.QuoteEnd = body.Length;
                body.Append(claim.Kind == "direct" ? "\u201d\n\n" : "\n\n");
            }

            n++;
            article.Body = body.ToString();
            article.Title = $"{_random.Pick(Words.Subjects)} {_random.Pick(Words.Verbs)} {_random.Pick(Words.Objects)}";
            article.Url = $"https://news.example/{n.ToString(CultureInfo.InvariantCulture)}";
            article.Outlet = _random.Pick(Words.Outlets);
        }
    }

    private static async Task CopyArticlesAsync(NpgsqlConnection connection, List<ArticleRow> articles)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY articles (id, title, url, outlet, published_at, language, body, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var a in articles)
        {
            await writer.WriteRowAsync(default, a.Id, a.Title, a.Url, a.Outlet, a.PublishedAt, "en", a.Body, a.PublishedAt, a.PublishedAt);
        }

        await writer.CompleteAsync();
    }

    private static string Speaker(ClaimRow claim) => $"Speaker {claim.ActorId.ToString()[..8]}";

    private static async Task CopyClaimsAsync(NpgsqlConnection connection, List<ClaimRow> claims)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY claims (id, actor_id, text, quote, kind, stated_at, said_at, evidence_provided, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in claims)
            {
                var created = c.Article.PublishedAt.AddHours(1);
                await writer.WriteRowAsync(default, c.Id, c.ActorId, c.Text, c.Quote, c.Kind, (object?)c.StatedAt ?? DBNull.Value,
                    created, (object?)c.EvidenceProvided ?? DBNull.Value, created, created);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY claim_appearances (id, claim_id, article_id, quote, quote_start, quote_end, kind, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in claims)
            {
                await writer.WriteRowAsync(default, c.AppearanceId, c.Id, c.Article.Id, c.Quote, c.QuoteStart, c.QuoteEnd, c.Kind, c.Article.PublishedAt);
            }

            await writer.CompleteAsync();
        }
    }

    private List<RelationRow> MakeRelations(List<ClaimRow> claims)
    {
        // Contested claims attract most disputes (Zipf over a shuffled hub list); the rest form chains to nearby
        // earlier claims, and a few point forward, which closes cycles.
        var hubs = claims.OrderBy(_ => _random.Next()).Take(Math.Max(10, claims.Count / 50)).ToList();
        var hubPick = new Zipf(hubs.Count, 1.0);
        var seen = new HashSet<(Guid, string, Guid)>();
        var relations = new List<RelationRow>(claims.Count * 2);
        for (var i = 0; i < claims.Count; i++)
        {
            var count = _random.Next(5); // 0..4, two on average
            for (var r = 0; r < count; r++)
            {
                var roll = _random.NextDouble();
                var target = roll switch
                {
                    < 0.5 => hubs[hubPick.Next(_random)],
                    < 0.95 => claims[Math.Max(0, i - 1 - _random.Next(Math.Min(i + 1, 50)))],
                    _ => claims[Math.Min(claims.Count - 1, i + 1 + _random.Next(50))],
                };
                var type = _random.NextDouble() < 0.7 ? "disputes" : "supports";
                if (target.Id == claims[i].Id || !seen.Add((claims[i].Id, type, target.Id)))
                {
                    continue;
                }

                relations.Add(new RelationRow(NewId(), claims[i].Id, type, target.Id, claims[i].Article.PublishedAt.AddHours(2)));
            }
        }

        return relations;
    }

    private static async Task CopyRelationsAsync(NpgsqlConnection connection, List<RelationRow> relations)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY claim_relations (id, source_claim_id, type, target_claim_id, created_at) FROM STDIN (FORMAT BINARY)");
        foreach (var r in relations)
        {
            await writer.WriteRowAsync(default, r.Id, r.Source, r.Type, r.Target, r.CreatedAt);
        }

        await writer.CompleteAsync();
    }

    private static async Task CopyTopicsAsync(NpgsqlConnection connection, GeneratedArchive archive)
    {
        await using (var writer = await connection.BeginBinaryImportAsync("COPY topics (id, slug, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var topic in archive.Topics)
            {
                await writer.WriteRowAsync(default, topic.Id, topic.Slug, Epoch);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY claim_topics (claim_id, topic_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var claim in archive.Claims)
            {
                foreach (var topic in claim.Topics)
                {
                    await writer.WriteRowAsync(default, claim.Id, topic.Id);
                }
            }

            await writer.CompleteAsync();
        }
    }

    /// <summary>A UUIDv7 from a deterministic clock and the seeded random: same seed, same ids, in creation order.</summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes[6..]);
        var ms = _idClock++;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    public sealed record ActorRow(Guid Id, string Name, string Kind, List<string> Aliases, Guid? MemberOf)
    {
        public List<Guid> AliasIds { get; } = [];
    }

    public sealed record ArticleRow(Guid Id, DateTimeOffset PublishedAt, List<ClaimRow> Claims)
    {
        public string Title { get; set; } = "";
        public string Url { get; set; } = "";
        public string Outlet { get; set; } = "";
        public string Body { get; set; } = "";
    }

    public sealed record ClaimRow(Guid Id, Guid ActorId, ArticleRow Article, string Quote, string Text, string Kind, DateTimeOffset? StatedAt, bool? EvidenceProvided)
    {
        public int QuoteStart { get; set; }
        public int QuoteEnd { get; set; }
        public Guid AppearanceId { get; set; }
        public List<(Guid Id, string Slug)> Topics { get; } = [];
    }

    public sealed record RelationRow(Guid Id, Guid Source, string Type, Guid Target, DateTimeOffset CreatedAt);

    public sealed record GeneratedArchive(
        List<ActorRow> Actors, List<ArticleRow> Articles, List<ClaimRow> Claims, List<RelationRow> Relations, List<(Guid Id, string Slug)> Topics);
}
