namespace ClaimTracker.Api.Idempotency;

/// <summary>Marks a POST that <see cref="IdempotencyFilter"/> leaves alone (it would hash and wrap a streamed body), and
/// whose OpenAPI operation therefore offers no <c>Idempotency-Key</c>.</summary>
public sealed class SkipsIdempotency;
