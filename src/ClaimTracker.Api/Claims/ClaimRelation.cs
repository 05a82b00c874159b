using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Claims;

/// <summary>Claim <see cref="SourceClaimId"/> disputes or supports claim <see cref="TargetClaimId"/>.</summary>
public sealed class ClaimRelation
{
    public Guid Id { get; init; } = Uuid7.NewId();
    public Guid SourceClaimId { get; set; }
    public Claim SourceClaim { get; set; } = null!;
    public ClaimRelationType Type { get; set; }
    public Guid TargetClaimId { get; set; }
    public Claim TargetClaim { get; set; } = null!;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the ETag.</summary>
    public uint Version { get; set; }
}

/// <summary>How one claim bears on another.</summary>
public enum ClaimRelationType
{
    Disputes,
    Supports,
}
