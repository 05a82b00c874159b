using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>A quote a rule found, before its speaker is resolved; a mention start of -1 means none (a floating quote).</summary>
internal sealed record Candidate(ClaimKind Kind, int Start, int End, string? Cue, int MentionStart, int MentionEnd, double Confidence);

/// <summary>A reporting cue in a sentence.</summary>
internal readonly record struct Cue(int Start, int End, string Text, string Lemma)
{
    public bool Strong => CueLexicon.IsStrong(Lemma);
}
