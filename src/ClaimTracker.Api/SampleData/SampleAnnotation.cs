namespace ClaimTracker.Api.SampleData;

/// <summary>The shape of <c>kremlin-drone-2023-05.annotations.json</c>: a hand annotation of one article.</summary>
internal sealed record SampleAnnotation(
    SampleArticle Article,
    IReadOnlyList<SampleActor> Actors,
    IReadOnlyList<SampleClaim> Claims,
    IReadOnlyList<SampleRelation> Relations);

internal sealed record SampleArticle(string Title, string Outlet, DateOnly PublishedAt, string Language, string BodyFile);

internal sealed record SampleActor(string Key, string Name, string Kind, string Description, IReadOnlyList<string> Aliases, string? MemberOf);

internal sealed record SampleClaim(string Key, string Actor, string Kind, string Quote, int[] Span, string Text, bool? EvidenceProvided);

internal sealed record SampleRelation(string From, string Type, string To);
