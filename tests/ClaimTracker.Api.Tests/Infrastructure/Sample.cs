using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>The seeded sample's claims and actors, found through the API by their words and names.</summary>
public sealed class Sample
{
    private readonly IReadOnlyList<ClaimResponse> _claims;
    private readonly IReadOnlyList<ActorResponse> _actors;

    private Sample(IReadOnlyList<ClaimResponse> claims, IReadOnlyList<ActorResponse> actors) => (_claims, _actors) = (claims, actors);

    public static async Task<Sample> LoadAsync(HttpClient client) => new(
        (await client.GetAsync<Page<ClaimResponse>>("/api/claims?limit=100")).Items,
        (await client.GetAsync<Page<ActorResponse>>("/api/actors?limit=100")).Items);

    public Guid WashingtonDecides => Claim("We know that the decision on such acts");
    public Guid UkraineBlamed => Claim("Moscow initially blamed Ukraine");
    public Guid KremlinAttack => Claim("the Kremlin reported an attempted attack");
    public Guid Staged => Claim("Russia probably staged");
    public Guid AirDefenseUnlikely => Claim("It is therefore extremely unlikely");
    public Guid PreparedInternally => Claim("the immediate and coordinated Russian response");
    public Guid MobilizationMotive => Claim("This was intended to bring the Russian public");
    public Guid UkraineRejects => Claim("the neighboring country");

    public Guid ArticleId => _claims[0].Article!.Id;

    public Guid Claim(string quoteStart) =>
        _claims.Single(c => c.Quote?.StartsWith(quoteStart, StringComparison.Ordinal) == true).Id;

    public Guid Actor(string name) => _actors.Single(a => a.Name == name).Id;
}
