using System.Text.RegularExpressions;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>
/// A claim reported through a noun: "rejected Kim’s assertion that North Korea is a nuclear power" reports Kim's claim
/// too, nested inside the rejection (the gold annotates both).
/// </summary>
internal static partial class NominalCues
{
    [GeneratedRegex(@"\b(?<owner>[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})[’']s\s+(?<cue>assertions?|claims?|statements?|allegations?|insistence|argument|suggestion|warnings?|promises?|accusations?|contention|denial|pledges?|charges?|view)\s+that\s+",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public static IEnumerable<Candidate> Find(string text, Sentence sentence)
    {
        var end = Complements.ClauseEnd(text, sentence.End);
        var match = Pattern().Match(text, sentence.Start, sentence.End - sentence.Start);
        while (match.Success)
        {
            var owner = match.Groups["owner"];
            var clauseStart = match.Index + match.Length;
            if (clauseStart < end && !sentence.Quotes.Any(q => q.Contains(match.Index)))
            {
                yield return new Candidate(ClaimKind.Indirect, clauseStart, end, match.Groups["cue"].Value, owner.Index, owner.Index + owner.Length, 0.6);
            }

            match = match.NextMatch();
        }
    }
}
