using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Extraction;

namespace ClaimTracker.Evaluate;

/// <summary>Counts for precision, recall and speaker accuracy; they add up over articles.</summary>
internal sealed record Counts(int Predicted, int PredictedCorrect, int Gold, int GoldFound, int SpeakerChecked, int SpeakerRight, int Paired)
{
    public static readonly Counts Zero = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>F1 when each prediction may stand for one gold quote only (greedy pairing, closest spans first).</summary>
    public double StrictF1 => Predicted + Gold == 0 ? 0 : 2.0 * Paired / (Predicted + Gold);

    public double Precision => Predicted == 0 ? 0 : (double)PredictedCorrect / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => SpeakerChecked == 0 ? 0 : (double)SpeakerRight / SpeakerChecked;

    public static Counts operator +(Counts a, Counts b) => new(
        a.Predicted + b.Predicted, a.PredictedCorrect + b.PredictedCorrect, a.Gold + b.Gold, a.GoldFound + b.GoldFound,
        a.SpeakerChecked + b.SpeakerChecked, a.SpeakerRight + b.SpeakerRight, a.Paired + b.Paired);
}

/// <summary>
/// Matches predictions to gold by overlap: a pair matches when their intersection is at least half of the shorter span.
/// A gold quote is found when some prediction matches it; a prediction is correct when it matches some gold quote.
/// </summary>
internal static class Scores
{
    public static bool Overlaps(int s1, int e1, int s2, int e2)
    {
        var intersection = Math.Min(e1, e2) - Math.Max(s1, s2);
        return intersection > 0 && intersection * 2 >= Math.Min(e1 - s1, e2 - s2);
    }

    public static Counts Count(IReadOnlyList<GoldQuote> gold, IReadOnlyList<QuoteSuggestion> predicted, ClaimKind? kind)
    {
        var g = gold.Where(q => kind is null || q.Kind == kind).ToList();
        var p = predicted.Where(q => kind is null || q.Kind == kind).ToList();
        var correct = p.Count(q => g.Any(x => Overlaps(q.Start, q.End, x.Start, x.End)));
        var found = 0;
        var checkedSpeakers = 0;
        var right = 0;
        foreach (var quote in g)
        {
            var best = p.Where(q => Overlaps(q.Start, q.End, quote.Start, quote.End))
                .OrderByDescending(q => Jaccard(q.Start, q.End, quote.Start, quote.End)).FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            found++;
            checkedSpeakers++;
            right += best.Speaker is { } s && SameName(s.Name, quote.Speaker) ? 1 : 0;
        }

        return new Counts(p.Count, correct, g.Count, found, checkedSpeakers, right, Pair(g, p));
    }

    /// <summary>Intersection over union: of two overlapping predictions, the one closest to the gold span speaks for it.</summary>
    public static double Jaccard(int s1, int e1, int s2, int e2) =>
        (double)Math.Max(0, Math.Min(e1, e2) - Math.Max(s1, s2)) / (Math.Max(e1, e2) - Math.Min(s1, s2));

    private static int Pair(List<GoldQuote> gold, List<QuoteSuggestion> predicted)
    {
        var pairs = from g in gold
                    from p in predicted
                    where Overlaps(p.Start, p.End, g.Start, g.End)
                    orderby Jaccard(p.Start, p.End, g.Start, g.End) descending
                    select (g, p);
        var usedGold = new HashSet<GoldQuote>();
        var usedPredicted = new HashSet<QuoteSuggestion>();
        return pairs.Count(pair => !usedGold.Contains(pair.g) && !usedPredicted.Contains(pair.p) && usedGold.Add(pair.g) && usedPredicted.Add(pair.p));
    }

    public static bool SameName(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string name)
    {
        var value = name.Trim().Replace('\u2019', '\'').Replace('-', ' ').ToLowerInvariant();
        value = value.StartsWith("the ", StringComparison.Ordinal) ? value[4..] : value;
        return string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
