using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Extraction;

namespace ClaimTracker.Evaluate;

/// <summary>Reads the two gold formats: the sample's <c>*.annotations.json</c> (claims by actor key) and <c>*.gold.json</c> (quotes by speaker name).</summary>
internal static class GoldFiles
{
    public static IEnumerable<GoldArticle> Load(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.annotations.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Annotation(path, withActors: true);
            yield return Annotation(path, withActors: false);
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Gold(path);
        }
    }

    private static GoldArticle Annotation(string path, bool withActors)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, root.GetProperty("article").GetProperty("bodyFile").GetString()!));
        var actors = root.GetProperty("actors").EnumerateArray().ToDictionary(
            a => a.GetProperty("key").GetString()!,
            a => new KnownActor(
                Guid.NewGuid(),
                a.GetProperty("name").GetString()!,
                Enum.Parse<ActorKind>(a.GetProperty("kind").GetString()!, ignoreCase: true),
                a.GetProperty("description").GetString() ?? "",
                a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).ToList()));
        var quotes = root.GetProperty("claims").EnumerateArray().Select(c => new GoldQuote(
            Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!, ignoreCase: true),
            c.GetProperty("span")[0].GetInt32(),
            c.GetProperty("span")[1].GetInt32(),
            actors[c.GetProperty("actor").GetString()!].Name)).ToList();
        var name = Path.GetFileName(path).Replace(".annotations.json", "", StringComparison.Ordinal);
        return new GoldArticle(withActors ? $"{name} (stored actors)" : $"{name} (no actors)", text, quotes, withActors ? [.. actors.Values] : []);
    }

    private static GoldArticle Gold(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, root.GetProperty("article").GetString()!));
        var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
            Enum.Parse<ClaimKind>(q.GetProperty("kind").GetString()!, ignoreCase: true),
            q.GetProperty("start").GetInt32(),
            q.GetProperty("end").GetInt32(),
            q.GetProperty("speaker").GetString()!)).ToList();
        return new GoldArticle(Path.GetFileName(path).Replace(".gold.json", "", StringComparison.Ordinal), text, quotes, []);
    }
}
