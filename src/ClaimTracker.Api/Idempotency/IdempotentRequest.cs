namespace ClaimTracker.Api.Idempotency;

/// <summary>A POST made with an Idempotency-Key, and the answer it got, to give again to a retry (kept 24 hours).</summary>
public sealed class IdempotentRequest
{
    public const int MaxKeyLength = 200;

    /// <summary>The API key's name: one client's idempotency keys never collide with another's.</summary>
    public required string ClientName { get; init; }
    public required string Key { get; init; }

    /// <summary>SHA-256 of the method, path and request body, to tell a retry from a different request.</summary>
    public required string RequestHash { get; init; }
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
