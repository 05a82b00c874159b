using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.SampleData;

/// <summary>
/// Loads the Kremlin drone article and its hand annotation (shipped inside the assembly) when they are not there yet.
/// </summary>
public static partial class SampleDataSeeder
{
    public const string ArticleTitle = "US dismisses Russian accusations over alleged Kremlin drone attack as 'ridiculous'";
    private const string AnnotationResource = "kremlin-drone-2023-05.annotations.json";

    public static async Task SeedAsync(ClaimTrackerDbContext db, ILogger logger, CancellationToken ct = default)
    {
        if (await db.Articles.AnyAsync(a => a.Title == ArticleTitle, ct))
        {
            return;
        }

        var annotation = JsonSerializer.Deserialize<SampleAnnotation>(ReadResource(AnnotationResource), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The sample annotation is empty.");
        var body = ReadResource(annotation.Article.BodyFile);

        var article = new Article
        {
            Title = annotation.Article.Title,
            Outlet = annotation.Article.Outlet,
            PublishedAt = new DateTimeOffset(annotation.Article.PublishedAt.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Language = annotation.Article.Language,
            Body = body,
        };

        var actors = annotation.Actors.ToDictionary(
            a => a.Key,
            a => new Actor
            {
                Name = a.Name,
                Kind = Enum.Parse<ActorKind>(a.Kind, ignoreCase: true),
                Description = a.Description,
                Aliases = a.Aliases.Select(name => new ActorAlias { Name = name }).ToList(),
            });
        foreach (var sample in annotation.Actors.Where(a => a.MemberOf is not null))
        {
            actors[sample.Key].MemberOf = actors[sample.MemberOf!];
        }

        var claims = annotation.Claims.ToDictionary(c => c.Key, c => ToClaim(c, actors[c.Actor], article, body));
        var relations = annotation.Relations.Select(r => new ClaimRelation
        {
            SourceClaim = claims[r.From],
            Type = Enum.Parse<ClaimRelationType>(r.Type, ignoreCase: true),
            TargetClaim = claims[r.To],
        });

        db.Articles.Add(article);
        db.Actors.AddRange(actors.Values);
        db.Claims.AddRange(claims.Values);
        db.ClaimRelations.AddRange(relations);
        await db.SaveChangesAsync(ct);
        LogSeeded(logger, actors.Count, claims.Count, annotation.Relations.Count);
    }

    private static Claim ToClaim(SampleClaim sample, Actor actor, Article article, string body)
    {
        var (start, end) = (sample.Span[0], sample.Span[1]);
        if (!QuoteSpan.Matches(body, sample.Quote, start, end))
        {
            throw new InvalidOperationException($"Sample claim '{sample.Key}': {QuoteSpan.Explain(body, sample.Quote, start, end)}");
        }

        var kind = Enum.Parse<ClaimKind>(sample.Kind, ignoreCase: true);
        return new Claim
        {
            Actor = actor,
            Text = sample.Text,
            Quote = sample.Quote,
            Kind = kind,
            EvidenceProvided = sample.EvidenceProvided,
            Appearances = [new ClaimAppearance { Article = article, Quote = sample.Quote, Kind = kind, QuoteStart = start, QuoteEnd = end }],
        };
    }

    private static string ReadResource(string fileName)
    {
        var assembly = typeof(SampleDataSeeder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the sample article with {Actors} actors, {Claims} claims and {Relations} relations")]
    private static partial void LogSeeded(ILogger logger, int actors, int claims, int relations);
}
