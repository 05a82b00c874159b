using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Topics;
using FluentValidation;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Reads an NDJSON archive line by line, checks each line with the API's own validators and the rules that span
/// lines (keys, unique names and urls, quote offsets against the article body, acyclic memberships, unique
/// relations), and stages the rows. The database-wide checks and the writes follow in <see cref="ImportWriter"/>.
/// </summary>
internal sealed class ArchiveImporter(
    ImportStaging staging,
    IValidator<ArticleRequest> articles,
    IValidator<ActorRequest> actors,
    IValidator<ClaimRequest> claims,
    IValidator<AppearanceRequest> appearances,
    IValidator<ClaimTopicsRequest> topics,
    DateTimeOffset now)
{
    internal static readonly JsonSerializerOptions LineJson = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<Guid, string> _bodies = [];
    private readonly List<(long Line, string Field, Guid Article, string Quote, int Start, int End)> _pendingSpans = [];
    private readonly Dictionary<string, long> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, (Guid Parent, long Line)> _memberOf = [];
    private readonly Dictionary<(Guid, bool, Guid), long> _relations = [];
    private readonly HashSet<Guid> _partIds = [];

    public KeyMap Articles { get; } = new("article");
    public KeyMap Actors { get; } = new("actor");
    public KeyMap Claims { get; } = new("claim");

    /// <summary>Article bodies the stream did not hold, to check the remaining quote offsets against.</summary>
    public IEnumerable<Guid> ArticlesToCheckInDatabase => _pendingSpans.Select(s => s.Article).Where(a => !_bodies.ContainsKey(a)).Distinct();

    public async Task<ImportError?> ReadLineAsync(ReadOnlyMemory<byte> utf8, long line, CancellationToken ct)
    {
        if (ArchiveLineParser.Parse(utf8.Span, line, out var item) is { } bad)
        {
            return bad;
        }

        if (item is null)
        {
            return null;
        }

        return item.Type switch
        {
            "article" => await ArticleAsync(item, line, ct),
            "actor" => await ActorAsync(item, line, ct),
            "claim" => await ClaimAsync(item, line, ct),
            "relation" => await RelationAsync(item, line, ct),
            _ => ImportError.Invalid(line, "type", "'type' must be article, actor, claim or relation."),
        };
    }

    /// <summary>The checks that needed the whole stream: offsets into articles defined later, membership cycles.</summary>
    public ImportError? Finish(IReadOnlyDictionary<Guid, string> databaseBodies)
    {
        foreach (var span in _pendingSpans.OrderBy(s => s.Line))
        {
            var body = _bodies.GetValueOrDefault(span.Article) ?? databaseBodies.GetValueOrDefault(span.Article);
            if (body is not null && !QuoteSpan.Matches(body, span.Quote, span.Start, span.End))
            {
                return ImportError.Invalid(span.Line, span.Field, QuoteSpan.Explain(body, span.Quote, span.Start, span.End));
            }
        }

        foreach (var (actor, (_, line)) in _memberOf.OrderBy(m => m.Value.Line))
        {
            var seen = new HashSet<Guid> { actor };
            for (var current = actor; _memberOf.TryGetValue(current, out var up); current = up.Parent)
            {
                if (!seen.Add(up.Parent))
                {
                    return ImportError.Invalid(line, "memberOf", "The memberships of the stream make a cycle through this actor.");
                }
            }
        }

        return null;
    }

    private async Task<ImportError?> ArticleAsync(ArchiveLine a, long line, CancellationToken ct)
    {
        if (Unexpected(a, line, a.Name, a.Description, a.Aliases, a.MemberOf, a.WikidataId, a.Kind, a.Actor, a.Text, a.Quote, a.StatedAt,
                a.EvidenceProvided, a.Topics, a.Article, a.QuoteStart, a.QuoteEnd, a.Appearances, a.From, a.Relation, a.To) is { } unexpected)
        {
            return unexpected;
        }

        var request = new ArticleRequest(a.Title!, a.Url, a.Outlet, a.PublishedAt, a.Language, a.Body);
        if (Validate(articles, request, line, "") is { } invalid)
        {
            return invalid;
        }

        if (Define(Articles, a.Key, line) is not { } id)
        {
            return DuplicateKey(Articles, a.Key, line);
        }

        var article = new Article { Id = id, Title = "" };
        article.Apply(request);
        if (article.Url is { } url && !_urls.TryAdd(url, line))
        {
            return ImportError.Invalid(line, "url", $"Line {_urls[url]} of the stream already has the url '{url}'.");
        }

        _bodies[id] = article.Body;
        await staging.AddAsync("import_articles", [line, id, article.Title, article.Url, article.Outlet, article.PublishedAt, article.Language,
            article.Body, Utc(a.CreatedAt), Utc(a.UpdatedAt ?? a.CreatedAt)], ct);
        return null;
    }

    private async Task<ImportError?> ActorAsync(ArchiveLine a, long line, CancellationToken ct)
    {
        if (Unexpected(a, line, a.Title, a.Url, a.Outlet, a.PublishedAt, a.Language, a.Body, a.Actor, a.Text, a.Quote, a.StatedAt,
                a.EvidenceProvided, a.Topics, a.Article, a.QuoteStart, a.QuoteEnd, a.Appearances, a.From, a.Relation, a.To) is { } unexpected)
        {
            return unexpected;
        }

        if (!TryParse<ActorKind>(a.Kind, out var kind))
        {
            return ImportError.Invalid(line, "kind", "'kind' must be person, organization, government, media or other.");
        }

        var request = new ActorRequest(a.Name!, kind, a.Description, a.Aliases, null, a.WikidataId);
        if (Validate(actors, request, line, "") is { } invalid)
        {
            return invalid;
        }

        if (Define(Actors, a.Key, line) is not { } id)
        {
            return DuplicateKey(Actors, a.Key, line);
        }

        var name = request.Name.Trim();
        if (!_names.TryAdd(name, line))
        {
            return ImportError.Invalid(line, "name", $"Line {_names[name]} of the stream already has an actor named '{name}'.");
        }

        if (a.MemberOf is { } parentKey)
        {
            var parent = Actors.Refer(parentKey, line, "memberOf");
            if (parent == id)
            {
                return ImportError.Invalid(line, "memberOf", "An actor cannot be a member of itself.");
            }

            _memberOf[id] = (parent, line);
        }

        await staging.AddAsync("import_actors", [line, id, name, kind.ToString().ToLowerInvariant(), a.Description?.Trim() ?? "",
            a.MemberOf is null ? null : _memberOf[id].Parent, string.IsNullOrWhiteSpace(a.WikidataId) ? null : a.WikidataId,
            Utc(a.CreatedAt), Utc(a.UpdatedAt ?? a.CreatedAt)], ct);
        foreach (var alias in (a.Aliases ?? []).Select(n => n.Trim()))
        {
            if (!_aliases.TryAdd(alias, line))
            {
                return ImportError.Invalid(line, "aliases", $"Line {_aliases[alias]} of the stream already gives the alias '{alias}' to an actor.");
            }

            await staging.AddAsync("import_aliases", [line, Common.Uuid7.NewId(), id, alias], ct);
        }

        return null;
    }

    private async Task<ImportError?> ClaimAsync(ArchiveLine c, long line, CancellationToken ct)
    {
        if (Unexpected(c, line, c.Title, c.Url, c.Outlet, c.PublishedAt, c.Language, c.Body, c.Name, c.Description, c.Aliases, c.MemberOf,
                c.WikidataId, c.From, c.Relation, c.To) is { } unexpected)
        {
            return unexpected;
        }

        if (c.Article is not null && c.Appearances is not null)
        {
            return ImportError.Invalid(line, "appearances", "Give either 'article' (with the claim's quote and offsets) or 'appearances', not both.");
        }

        if (!TryParse<ClaimKind>(c.Kind, out var kind))
        {
            return ImportError.Invalid(line, "kind", "'kind' must be direct or indirect.");
        }

        if (string.IsNullOrEmpty(c.Actor))
        {
            return ImportError.Invalid(line, "actor", "'actor' must name the actor (a key of the stream or an existing actor's id).");
        }

        var placeholder = c.Article is null ? (Guid?)null : Guid.AllBitsSet;
        var request = new ClaimRequest(Guid.AllBitsSet, placeholder, c.Text!, c.Quote, kind, c.QuoteStart, c.QuoteEnd, c.StatedAt, c.EvidenceProvided);
        if (Validate(claims, request, line, "") is { } invalid)
        {
            return invalid;
        }

        if (c.Topics is not null && Validate(topics, new ClaimTopicsRequest(c.Topics), line, "") is { } badTopics)
        {
            return badTopics;
        }

        if (Define(Claims, c.Key, line) is not { } id)
        {
            return DuplicateKey(Claims, c.Key, line);
        }

        var actor = Actors.Refer(c.Actor, line, "actor");
        var quote = string.IsNullOrEmpty(c.Quote) ? null : c.Quote;
        var createdAt = Utc(c.CreatedAt);
        await staging.AddAsync("import_claims", [line, id, actor, c.Text!.Trim(), quote, kind.ToString().ToLowerInvariant(),
            c.StatedAt?.ToUniversalTime(), c.EvidenceProvided, createdAt, Utc(c.UpdatedAt ?? c.CreatedAt)], ct);

        var parts = c.Appearances ?? (c.Article is null ? [] :
            [new ArchiveAppearance { Article = c.Article, Quote = quote, Kind = c.Kind, QuoteStart = c.QuoteStart, QuoteEnd = c.QuoteEnd, CreatedAt = c.CreatedAt }]);
        var articlesOfClaim = new HashSet<Guid>();
        for (var i = 0; i < parts.Count; i++)
        {
            var prefix = c.Appearances is null ? "" : $"appearances[{i}].";
            if (await AppearanceAsync(parts[i], id, line, prefix, createdAt, articlesOfClaim, ct) is { } bad)
            {
                return bad;
            }
        }

        foreach (var slug in (c.Topics ?? []).Distinct(StringComparer.Ordinal))
        {
            await staging.AddAsync("import_claim_topics", [line, id, slug], ct);
        }

        return null;
    }

    private async Task<ImportError?> AppearanceAsync(
        ArchiveAppearance p, Guid claim, long line, string prefix, DateTimeOffset claimCreatedAt, HashSet<Guid> articlesOfClaim, CancellationToken ct)
    {
        if (!TryParse<ClaimKind>(p.Kind, out var kind))
        {
            return ImportError.Invalid(line, prefix + "kind", "'kind' must be direct or indirect.");
        }

        if (string.IsNullOrEmpty(p.Article))
        {
            return ImportError.Invalid(line, prefix + "article", "An appearance needs 'article' (a key of the stream or an existing article's id).");
        }

        if (Validate(appearances, new AppearanceRequest(Guid.AllBitsSet, p.Quote, kind, p.QuoteStart, p.QuoteEnd), line, prefix) is { } invalid)
        {
            return invalid;
        }

        var article = Articles.Refer(p.Article, line, prefix + "article");
        if (!articlesOfClaim.Add(article))
        {
            return ImportError.Invalid(line, prefix + "article", "A claim appears at most once in an article.");
        }

        var id = p.Key is null ? Common.Uuid7.NewId() : Guid.TryParse(p.Key, out var given) ? given : Guid.Empty;
        if (id == Guid.Empty || !_partIds.Add(id))
        {
            return ImportError.Invalid(line, prefix + "key", "An appearance's key, when given, must be a UUID not used by another appearance or relation of the stream.");
        }

        if (p.QuoteStart is { } start && p.QuoteEnd is { } end)
        {
            if (_bodies.TryGetValue(article, out var body))
            {
                if (!QuoteSpan.Matches(body, p.Quote, start, end))
                {
                    return ImportError.Invalid(line, prefix + "quote", QuoteSpan.Explain(body, p.Quote!, start, end));
                }
            }
            else
            {
                _pendingSpans.Add((line, prefix + "quote", article, p.Quote!, start, end));
            }
        }

        await staging.AddAsync("import_appearances", [line, id, claim, article, string.IsNullOrEmpty(p.Quote) ? null : p.Quote,
            p.QuoteStart, p.QuoteEnd, kind.ToString().ToLowerInvariant(), p.CreatedAt?.ToUniversalTime() ?? claimCreatedAt], ct);
        return null;
    }

    private async Task<ImportError?> RelationAsync(ArchiveLine r, long line, CancellationToken ct)
    {
        if (Unexpected(r, line, r.Title, r.Url, r.Outlet, r.PublishedAt, r.Language, r.Body, r.Name, r.Description, r.Aliases, r.MemberOf,
                r.WikidataId, r.Kind, r.Actor, r.Text, r.Quote, r.StatedAt, r.EvidenceProvided, r.Topics, r.Article, r.QuoteStart, r.QuoteEnd,
                r.Appearances, r.UpdatedAt) is { } unexpected)
        {
            return unexpected;
        }

        if (!TryParse<ClaimRelationType>(r.Relation, out var type))
        {
            return ImportError.Invalid(line, "relation", "'relation' must be disputes or supports.");
        }

        if (string.IsNullOrEmpty(r.From) || string.IsNullOrEmpty(r.To))
        {
            return ImportError.Invalid(line, string.IsNullOrEmpty(r.From) ? "from" : "to", "A relation needs 'from' and 'to' (claim keys or existing claims' ids).");
        }

        var source = Claims.Refer(r.From, line, "from");
        var target = Claims.Refer(r.To, line, "to");
        if (source == target)
        {
            return ImportError.Invalid(line, "to", "A claim cannot dispute or support itself.");
        }

        if (!_relations.TryAdd((source, type == ClaimRelationType.Disputes, target), line))
        {
            return ImportError.Invalid(line, "to", $"Line {_relations[(source, type == ClaimRelationType.Disputes, target)]} of the stream already records that this claim {r.Relation} the target.");
        }

        var id = r.Key is null ? Common.Uuid7.NewId() : Guid.TryParse(r.Key, out var given) ? given : Guid.Empty;
        if (id == Guid.Empty || !_partIds.Add(id))
        {
            return ImportError.Invalid(line, "key", "A relation's key, when given, must be a UUID not used by another appearance or relation of the stream.");
        }

        await staging.AddAsync("import_relations", [line, id, source, type.ToString().ToLowerInvariant(), target, Utc(r.CreatedAt)], ct);
        return null;
    }

    private static Guid? Define(KeyMap keys, string? key, long line) =>
        keys.Define(string.IsNullOrEmpty(key) ? Common.Uuid7.NewId().ToString() : key, line, out _);

    private static ImportError DuplicateKey(KeyMap keys, string? key, long line)
    {
        keys.Define(key!, line, out var previous);
        return ImportError.Invalid(line, "key", $"Line {previous} of the stream already defines the {keys.Kind} with the key '{key}'; keys must be unique within the stream.");
    }

    private DateTimeOffset Utc(DateTimeOffset? value) => value?.ToUniversalTime() ?? now;

    private static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _) && Enum.IsDefined(value);

    private static ImportError? Validate<T>(IValidator<T> validator, T request, long line, string prefix)
    {
        var result = validator.Validate(request); // all rules are synchronous; the async path costs more per line
        if (result.IsValid)
        {
            return null;
        }

        var error = result.Errors[0];
        var field = error.PropertyName switch
        {
            "articleId" => "article",
            "actorId" => "actor",
            var name => name,
        };
        return ImportError.Invalid(line, prefix + field, error.ErrorMessage);
    }

    /// <summary>A field of another type of line is a mistake worth naming, not something to drop silently.</summary>
    private static ImportError? Unexpected(ArchiveLine item, long line, params object?[] fieldsOfOtherTypes) =>
        fieldsOfOtherTypes.Any(f => f is not null)
            ? ImportError.Invalid(line, "type", $"The line has fields that a{(item.Type == "actor" || item.Type == "article" ? "n" : "")} {item.Type} line does not take.")
            : null;
}
