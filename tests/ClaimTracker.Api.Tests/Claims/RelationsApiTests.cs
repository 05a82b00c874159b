using System.Net;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Claims;

public sealed class RelationsApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task CreateRelation_ReturnsCreatedWithBothClaims()
    {
        var (claim, counter) = await TwoClaimsAsync();

        var response = await Client.PostJsonAsync($"/api/claims/{counter.Id}/relations", new RelationRequest(ClaimRelationType.Disputes, claim.Id));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var relation = await response.ReadAsync<RelationResponse>();
        Assert.Equal($"/api/claims/{counter.Id}/relations/{relation.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((ClaimRelationType.Disputes, counter.Id, claim.Id), (relation.Type, relation.Source.Id, relation.Target.Id));
        Assert.Equal(counter.Actor, relation.Source.Actor);
        Assert.Equal(relation, await Client.GetAsync<RelationResponse>($"/api/claims/{counter.Id}/relations/{relation.Id}"));
        Assert.Equal(relation, await Client.GetAsync<RelationResponse>($"/api/claims/{claim.Id}/relations/{relation.Id}"));
    }

    [Fact]
    public async Task CreateRelation_ReturnsConflict_ForADuplicate_ButAllowsTheOtherType()
    {
        var (claim, counter) = await TwoClaimsAsync();
        var first = await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        var problem = await (await Client.PostJsonAsync($"/api/claims/{counter.Id}/relations", new RelationRequest(ClaimRelationType.Disputes, claim.Id)))
            .ReadProblemAsync(409);

        Assert.Contains(first.Id.ToString(), problem.Detail, StringComparison.Ordinal);
        await Given.RelationAsync(counter.Id, ClaimRelationType.Supports, claim.Id);
        Assert.Equal(2, (await Client.GetAsync<Page<RelationResponse>>($"/api/claims/{claim.Id}/relations")).Items.Count);
    }

    [Fact]
    public async Task CreateRelation_ReturnsValidationProblem_ForSelfRelationAndUnknownTarget()
    {
        var (claim, _) = await TwoClaimsAsync();

        var self = await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/relations", new RelationRequest(ClaimRelationType.Supports, claim.Id))).ReadProblemAsync(400);
        var unknown = await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/relations", new RelationRequest(ClaimRelationType.Supports, Guid.NewGuid()))).ReadProblemAsync(400);

        Assert.Contains("itself", self.Errors["targetClaimId"][0], StringComparison.Ordinal);
        Assert.Contains("targetClaimId", unknown.Errors.Keys);
        Assert.Empty((await Client.GetAsync<Page<RelationResponse>>($"/api/claims/{claim.Id}/relations")).Items);
    }

    [Fact]
    public async Task CreateRelation_ReturnsValidationProblem_ForUnknownType()
    {
        var (claim, counter) = await TwoClaimsAsync();

        var problem = await (await Client.PostJsonAsync($"/api/claims/{counter.Id}/relations", new { type = "refutes", targetClaimId = claim.Id }))
            .ReadProblemAsync(400);

        Assert.Contains("type", problem.Errors.Keys);
    }

    [Fact]
    public async Task CreateRelation_ReturnsNotFound_ForUnknownSource()
    {
        var (claim, _) = await TwoClaimsAsync();

        await (await Client.PostJsonAsync($"/api/claims/{Guid.NewGuid()}/relations", new RelationRequest(ClaimRelationType.Disputes, claim.Id))).ReadProblemAsync(404);
    }

    [Fact]
    public async Task ListRelations_ShowsBothDirections()
    {
        var (claim, counter) = await TwoClaimsAsync();
        var third = await Given.ClaimAsync(claim.Actor.Id);
        var incoming = await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);
        var outgoing = await Given.RelationAsync(claim.Id, ClaimRelationType.Supports, third.Id);

        var page = await Client.GetAsync<Page<RelationResponse>>($"/api/claims/{claim.Id}/relations");

        Assert.Equal(new[] { incoming.Id, outgoing.Id }.Order(), page.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task ListRelations_WalksEveryPageExactlyOnce()
    {
        var actor = await Given.ActorAsync();
        var hub = await Given.ClaimAsync(actor.Id);
        var created = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var other = await Given.ClaimAsync(actor.Id);
            created.Add((await Given.RelationAsync(other.Id, i % 2 == 0 ? ClaimRelationType.Disputes : ClaimRelationType.Supports, hub.Id)).Id);
        }

        var (items, pages) = await Client.WalkAsync<RelationResponse>($"/api/claims/{hub.Id}/relations", 5);

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(), items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task DeleteRelation_ReturnsNoContent_ThenNotFound()
    {
        var (claim, counter) = await TwoClaimsAsync();
        var relation = await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claim.Id}/relations/{relation.Id}")).StatusCode);

        await (await Client.DeleteAsync($"/api/claims/{claim.Id}/relations/{relation.Id}")).ReadProblemAsync(404);
        Assert.Empty((await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{claim.Id}/disputers")).Items);
    }

    [Fact]
    public async Task DeleteRelation_ReturnsNotFound_ThroughAClaimItDoesNotInvolve()
    {
        var (claim, counter) = await TwoClaimsAsync();
        var stranger = await Given.ClaimAsync(claim.Actor.Id);
        var relation = await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        await (await Client.DeleteAsync($"/api/claims/{stranger.Id}/relations/{relation.Id}")).ReadProblemAsync(404);

        await Client.GetAsync<RelationResponse>($"/api/claims/{claim.Id}/relations/{relation.Id}");
    }

    [Fact]
    public async Task Disputers_GroupsCounterClaimsByActor_MostFirstThenByName()
    {
        var target = await Given.ClaimAsync((await Given.ActorAsync("Target")).Id);
        foreach (var (name, count) in new[] { ("Zed", 1), ("Amy", 1), ("Bob", 2) })
        {
            var actor = await Given.ActorAsync(name);
            for (var i = 0; i < count; i++)
            {
                await Given.RelationAsync((await Given.ClaimAsync(actor.Id)).Id, ClaimRelationType.Disputes, target.Id);
            }
        }

        var supporter = await Given.ClaimAsync((await Given.ActorAsync("Sue")).Id);
        await Given.RelationAsync(supporter.Id, ClaimRelationType.Supports, target.Id);

        var answer = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{target.Id}/disputers");

        Assert.Equal(["Bob", "Amy", "Zed"], answer.Items.Select(i => i.Actor.Name));
        Assert.Equal([2, 1, 1], answer.Items.Select(i => i.CounterClaims.Count));
        Assert.Equal("Sue", Assert.Single((await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{target.Id}/supporters")).Items).Actor.Name);
    }

    [Fact]
    public async Task Disputers_ReturnsNotFound_ForUnknownClaim() =>
        await (await Client.GetAsync($"/api/claims/{Guid.NewGuid()}/disputers")).ReadProblemAsync(404);

    private async Task<(ClaimResponse Claim, ClaimResponse Counter)> TwoClaimsAsync()
    {
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id);
        var counter = await Given.ClaimAsync((await Given.ActorAsync()).Id);
        return (claim, counter);
    }
}
