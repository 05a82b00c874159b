using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Auth;

/// <summary>
/// A client's key. Only a SHA-256 hash of the key is stored: keys are 256 random bits, so a fast hash is as safe
/// as a slow one (nothing to brute-force) and keeps the per-request lookup cheap.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    public Guid Id { get; init; } = Uuid7.NewId();
    public required string Name { get; set; }
    public ApiRole Role { get; set; }
    public required string KeyHash { get; set; }

    /// <summary>The first characters of the key, to tell keys apart in lists without revealing them.</summary>
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>What a key may do; each role can do what the ones before it can.</summary>
public enum ApiRole
{
    Reader,
    Editor,
    Admin,
}
