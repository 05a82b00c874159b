using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class ContestedAndGraphTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Contested_RanksByDistinctDisputingActorsThenDisputes()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<ContestedClaimResponse>>("/api/claims/contested?from=2023-05-01&to=2023-05-31");

        Assert.Equal([sample.WashingtonDecides, sample.UkraineBlamed, sample.KremlinAttack], page.Items.Select(c => c.Claim.Id));
        Assert.Equal([(2, 5), (2, 2), (1, 2)], page.Items.Select(c => (c.DisputingActors, c.Disputes)));
        Assert.Equal([("John Kirby", 4), ("United States government", 1)], page.Items[0].TopDisputers.Select(d => (d.Actor.Name, d.CounterClaims)));
        Assert.Equal("Dmitry Peskov", page.Items[0].Claim.Actor.Name);
    }

    [Fact]
    public async Task Contested_OutsideThePeriod_IsEmpty_AndPagesWalkOnce()
    {
        var empty = await Client.GetAsync<Page<ContestedClaimResponse>>("/api/claims/contested?from=2024-01-01");
        var (items, pages) = await Client.WalkAsync<ContestedClaimResponse>("/api/claims/contested", 2);

        Assert.Empty(empty.Items);
        Assert.Equal(2, pages);
        Assert.Equal(3, items.Select(c => c.Claim.Id).Distinct().Count());
    }

    [Fact]
    public async Task DisputersByOrganization_FoldsKirbyIntoTheUnitedStatesGovernment()
    {
        var sample = await Sample.LoadAsync(Client);

        var answer = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{sample.WashingtonDecides}/disputers?byOrganization=true");

        var side = Assert.Single(answer.Items);
        Assert.Equal("United States government", side.Actor.Name);
        Assert.Equal(5, side.CounterClaims.Count);
    }

    [Fact]
    public async Task ArticleGraph_HasTheArticlesActorsClaimsAndRelations()
    {
        var sample = await Sample.LoadAsync(Client);

        var graph = await Client.GetAsync<ArticleGraphResponse>($"/api/articles/{sample.ArticleId}/graph");

        Assert.Equal(19, graph.Nodes.Count(n => n.Type == GraphNodeType.Claim));
        Assert.Equal(
            ["Dmitry Peskov", "Government of Ukraine", "Institute for the Study of War", "John Kirby", "Josep Borrell", "Kremlin", "United States government"],
            graph.Nodes.Where(n => n.Type == GraphNodeType.Actor).Select(n => n.Label).Order());
        Assert.Equal(19, graph.Edges.Count(e => e.Type == GraphEdgeType.Made));
        Assert.Equal(9, graph.Edges.Count(e => e.Type == GraphEdgeType.Disputes));
        Assert.Equal(4, graph.Edges.Count(e => e.Type == GraphEdgeType.Supports));
        Assert.All(graph.Nodes, n => Assert.True(n.InArticle));
        var nodeIds = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Edges, e => Assert.True(nodeIds.Contains(e.From) && nodeIds.Contains(e.To)));
    }

    [Fact]
    public async Task ArticleGraph_IncludesRelatedClaimsFromOtherArticles()
    {
        var sample = await Sample.LoadAsync(Client);
        var other = await Given.ArticleAsync();
        var critic = await Given.ActorAsync("Outside Critic");
        var outside = await Given.ClaimAsync(critic.Id, "ISW is wrong", other.Id);
        await Given.RelationAsync(outside.Id, ClaimRelationType.Disputes, sample.Staged);

        var graph = await Client.GetAsync<ArticleGraphResponse>($"/api/articles/{sample.ArticleId}/graph");

        Assert.False(graph.Nodes.Single(n => n.Id == outside.Id).InArticle);
        Assert.False(graph.Nodes.Single(n => n.Id == critic.Id).InArticle);
        Assert.Contains(graph.Edges, e => e.From == outside.Id && e.To == sample.Staged && e.Type == GraphEdgeType.Disputes);
        Assert.Contains(graph.Edges, e => e.From == critic.Id && e.To == outside.Id && e.Type == GraphEdgeType.Made);
    }

    [Fact]
    public async Task ArticleGraph_ReturnsNotFound_ForUnknownArticle() =>
        await (await Client.GetAsync($"/api/articles/{Guid.NewGuid()}/graph")).ReadProblemAsync(404);
}
