using System.Net;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Actors;

public sealed class ActorsApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task CreateActor_ReturnsCreatedWithAliasesAndMembership()
    {
        var ministry = await Given.ActorAsync("Ministry of Truth", ActorKind.Government);

        var response = await Client.PostJsonAsync("/api/actors",
            new ActorRequest("Winston Smith", ActorKind.Person, "Records clerk", ["Smith", "Winston"], ministry.Id, "Q42"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var actor = await response.ReadAsync<ActorResponse>();
        Assert.Equal($"/api/actors/{actor.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["Smith", "Winston"], actor.Aliases);
        Assert.Equal(new ActorRef(ministry.Id, "Ministry of Truth", ActorKind.Government), actor.MemberOf);
        Assert.Equal("Q42", actor.WikidataId);
        Assert.Equivalent(actor, await Client.GetAsync<ActorResponse>($"/api/actors/{actor.Id}"));
    }

    [Fact]
    public async Task CreateActor_ReturnsConflict_WhenNameExistsInAnotherCase()
    {
        var problem = await (await Client.PostJsonAsync("/api/actors", new ActorRequest("JOHN KIRBY", ActorKind.Person, null, null, null, null)))
            .ReadProblemAsync(409);

        Assert.Contains("JOHN KIRBY", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateActor_ReturnsConflict_WhenAliasBelongsToAnotherActor()
    {
        var response = await Client.PostJsonAsync("/api/actors", new ActorRequest("Someone Else", ActorKind.Person, null, ["isw"], null, null));

        var problem = await response.ReadProblemAsync(409);
        Assert.Contains("ISW", problem.Detail, StringComparison.Ordinal);
        Assert.Empty((await Client.GetAsync<Page<ActorResponse>>("/api/actors?q=Someone%20Else")).Items);
    }

    [Fact]
    public async Task CreateActor_ReturnsValidationProblem_ForMissingKindRepeatedAliasAndBadWikidataId()
    {
        var response = await Client.PostJsonAsync("/api/actors", new { name = "X", aliases = new[] { "Ab", "aB" }, wikidataId = "7747" });

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["aliases", "kind", "wikidataId"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task CreateActor_ReturnsValidationProblem_WhenMemberOfIsUnknown()
    {
        var problem = await (await Client.PostJsonAsync("/api/actors", new ActorRequest("Lonely", ActorKind.Person, null, null, Guid.NewGuid(), null)))
            .ReadProblemAsync(400);

        Assert.Contains("memberOfId", problem.Errors.Keys);
    }

    [Fact]
    public async Task UpdateActor_RejectsAMembershipCycle()
    {
        var party = await Given.ActorAsync("Party", ActorKind.Organization);
        var cell = await Given.ActorAsync("Cell", ActorKind.Organization, memberOfId: party.Id);
        var member = await Given.ActorAsync("Member", memberOfId: cell.Id);

        var response = await Client.PutJsonAsync($"/api/actors/{party.Id}", new ActorRequest("Party", ActorKind.Organization, null, null, member.Id, null));

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("cycle", problem.Errors["memberOfId"][0], StringComparison.Ordinal);
        Assert.Null((await Client.GetAsync<ActorResponse>($"/api/actors/{party.Id}")).MemberOf);
    }

    [Fact]
    public async Task UpdateActor_ReplacesAliases()
    {
        var actor = await Given.ActorAsync("Jane Roe", aliases: ["Roe", "J. Roe"]);

        var updated = await (await Client.PutJsonAsync($"/api/actors/{actor.Id}",
            new ActorRequest("Jane Roe", ActorKind.Person, "Senator", ["ROE", "Senator Roe"], null, null))).ReadAsync<ActorResponse>();

        Assert.Equal(["ROE", "Senator Roe"], updated.Aliases);
        Assert.Equal("Senator", updated.Description);
        Assert.Empty((await Client.GetAsync<Page<ActorResponse>>("/api/actors?q=J.%20Roe")).Items);
    }

    [Fact]
    public async Task UpdateActor_ReturnsNotFound_ForUnknownId() =>
        await (await Client.PutJsonAsync($"/api/actors/{Guid.NewGuid()}", new ActorRequest("Nobody", ActorKind.Other, null, null, null, null)))
            .ReadProblemAsync(404);

    [Theory]
    [InlineData("Kirby", "John Kirby")]
    [InlineData("kirby", "John Kirby")]
    [InlineData("isw", "Institute for the Study of War")]
    [InlineData("MOSCOW", "Kremlin")]
    [InlineData("borrell", "Josep Borrell")]
    public async Task ListActors_FindsByNameOrAliasCaseInsensitively(string q, string expected)
    {
        var page = await Client.GetAsync<Page<ActorResponse>>($"/api/actors?q={Uri.EscapeDataString(q)}");

        Assert.Equal(expected, Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task ListActors_FiltersByKind()
    {
        var page = await Client.GetAsync<Page<ActorResponse>>("/api/actors?kind=government");

        Assert.Equal(["Government of Ukraine", "Kremlin", "United States government"], page.Items.Select(a => a.Name).Order());
    }

    [Fact]
    public async Task DeleteActor_ReturnsConflict_WhileItHasClaims_AndCascadeDeletesClaimsAndRelations()
    {
        var actor = await Given.ActorAsync();
        var other = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id);
        var counter = await Given.ClaimAsync(other.Id);
        await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        var problem = await (await Client.DeleteAsync($"/api/actors/{actor.Id}")).ReadProblemAsync(409);
        Assert.Contains("1 claim", problem.Detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/actors/{actor.Id}?cascade=true")).StatusCode);
        await (await Client.GetAsync($"/api/actors/{actor.Id}")).ReadProblemAsync(404);
        await (await Client.GetAsync($"/api/claims/{claim.Id}")).ReadProblemAsync(404);
        Assert.Empty((await Client.GetAsync<Page<RelationResponse>>($"/api/claims/{counter.Id}/relations")).Items);
    }

    [Fact]
    public async Task DeleteActor_WithCascade_DetachesMembers()
    {
        var organisation = await Given.ActorAsync(kind: ActorKind.Organization);
        var member = await Given.ActorAsync(memberOfId: organisation.Id);
        await (await Client.DeleteAsync($"/api/actors/{organisation.Id}")).ReadProblemAsync(409);

        await Client.DeleteAsync($"/api/actors/{organisation.Id}?cascade=true");

        Assert.Null((await Client.GetAsync<ActorResponse>($"/api/actors/{member.Id}")).MemberOf);
    }

    [Fact]
    public async Task DeleteActor_WithoutDependents_ReturnsNoContent()
    {
        var actor = await Given.ActorAsync(aliases: ["Temporary"]);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/actors/{actor.Id}")).StatusCode);

        // Its alias is free again.
        await Given.ActorAsync(aliases: ["Temporary"]);
    }
}
