using System.Globalization;
using ClaimTracker.Api.Extraction;

namespace ClaimTracker.Evaluate;

internal static class Report
{
    public static void Line(string article, string kind, Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{article,-52} {kind,-9} {c.Gold,5} {c.Predicted,5} {c.Precision,6:F2} {c.Recall,6:F2} {c.F1,6:F2} {c.SpeakerAccuracy,8:F2} {c.StrictF1,8:F2}"));

    /// <summary>Every miss, false alarm and wrong speaker, to see what fails.</summary>
    public static void Details(GoldArticle article, IReadOnlyList<QuoteSuggestion> predicted)
    {
        foreach (var gold in article.Quotes)
        {
            var match = predicted.Where(p => Scores.Overlaps(p.Start, p.End, gold.Start, gold.End))
                .OrderByDescending(p => Scores.Jaccard(p.Start, p.End, gold.Start, gold.End)).FirstOrDefault();
            if (match is null)
            {
                Console.WriteLine($"    MISS  {gold.Kind,-8} [{gold.Start},{gold.End}) {gold.Speaker}: {Short(article.Text[gold.Start..gold.End])}");
            }
            else if (match.Speaker is null || !Scores.SameName(match.Speaker.Name, gold.Speaker))
            {
                Console.WriteLine($"    WHO   {gold.Kind,-8} [{gold.Start},{gold.End}) gold {gold.Speaker}, got {match.Speaker?.Name ?? "nobody"} ('{match.SpeakerMention}')");
            }
        }

        foreach (var p in predicted.Where(p => !article.Quotes.Any(g => Scores.Overlaps(p.Start, p.End, g.Start, g.End))))
        {
            Console.WriteLine($"    FALSE {p.Kind,-8} [{p.Start},{p.End}) {p.Speaker?.Name} ('{p.SpeakerMention}', {p.Cue}): {Short(p.Quote)}");
        }
    }

    private static string Short(string text) => text.Length > 90 ? text[..87] + "..." : text;
}
