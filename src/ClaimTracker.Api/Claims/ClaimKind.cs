namespace ClaimTracker.Api.Claims;

/// <summary>How a claim was reported: in the speaker's own words, or as reported speech.</summary>
public enum ClaimKind
{
    Direct,
    Indirect,
}
