namespace ClaimTracker.Api.Verdicts;

/// <summary>The body of <c>POST /api/claims/{id}/verdicts</c>: one fact-checker's rating of the claim.</summary>
/// <param name="ReviewerId">The reviewer as a stored actor of kind media or organization; or give reviewerName.</param>
/// <param name="ReviewerName">The reviewer's name when it is not a stored actor; or give reviewerId.</param>
/// <param name="Rating">The reviewer's own label, such as "Pants on Fire" (at most 200 characters).</param>
/// <param name="RatingValue">The rating on the common scale: false, mostlyFalse, mixed, mostlyTrue, true or unproven.</param>
/// <param name="Url">The review's address (http or https).</param>
/// <param name="ReviewedAt">When the review was published.</param>
/// <param name="Summary">The review's conclusion in a few sentences (at most 2,000 characters).</param>
public sealed record VerdictRequest(
    Guid? ReviewerId,
    string? ReviewerName,
    string Rating,
    RatingValue? RatingValue,
    string? Url,
    DateTimeOffset? ReviewedAt,
    string? Summary);

/// <summary>Who reviewed a claim: a stored actor (with its id) or just a name.</summary>
/// <param name="Id">The actor's id; null when the reviewer is only named.</param>
/// <param name="Name">The reviewer's name.</param>
public sealed record ReviewerRef(Guid? Id, string Name);

/// <summary>One fact-checker's rating of a claim.</summary>
/// <param name="Id">The verdict's id.</param>
/// <param name="ClaimId">The claim it rates.</param>
/// <param name="Reviewer">Who rated it.</param>
/// <param name="Rating">The reviewer's own label.</param>
/// <param name="RatingValue">The rating on the common scale.</param>
/// <param name="Url">The review's address.</param>
/// <param name="ReviewedAt">When the review was published.</param>
/// <param name="Summary">The review's conclusion.</param>
/// <param name="CreatedAt">When it was recorded here.</param>
public sealed record VerdictResponse(
    Guid Id,
    Guid ClaimId,
    ReviewerRef Reviewer,
    string Rating,
    RatingValue RatingValue,
    string? Url,
    DateTimeOffset? ReviewedAt,
    string? Summary,
    DateTimeOffset CreatedAt);

/// <summary>A claim's verdicts in brief: how many, and how many of each rating value.</summary>
/// <param name="Count">How many verdicts the claim has.</param>
/// <param name="Items">Each verdict's reviewer and rating value, oldest first.</param>
public sealed record VerdictSummary(int Count, IReadOnlyList<VerdictBrief> Items);

/// <summary>One verdict in a claim's summary.</summary>
/// <param name="Reviewer">The reviewer's name.</param>
/// <param name="RatingValue">The rating on the common scale.</param>
public sealed record VerdictBrief(string Reviewer, RatingValue RatingValue);
