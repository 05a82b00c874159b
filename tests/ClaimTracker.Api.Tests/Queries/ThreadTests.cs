using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class ThreadTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ThreadOfUkraineBlamed_ReachesStagedAndTheClaimsThatSupportIt()
    {
        var sample = await Sample.LoadAsync(Client);

        var thread = await Client.GetAsync<ThreadResponse>($"/api/claims/{sample.UkraineBlamed}/thread?depth=2");

        var depths = thread.Nodes.ToDictionary(n => n.Id, n => n.Depth);
        Assert.Equal(sample.UkraineBlamed, thread.Root);
        Assert.Equal(0, depths[sample.UkraineBlamed]);
        Assert.Equal(1, depths[sample.Staged]);
        Assert.Equal(1, depths[sample.UkraineRejects]);
        Assert.Equal(1, depths[sample.WashingtonDecides]);
        Assert.Equal(2, depths[sample.AirDefenseUnlikely]);
        Assert.Equal(2, depths[sample.PreparedInternally]);
        Assert.Equal(2, depths[sample.MobilizationMotive]);
        Assert.Contains(thread.Edges, e => e.From == sample.PreparedInternally && e.To == sample.Staged && e.Type == ClaimRelationType.Supports);
        Assert.Contains(thread.Edges, e => e.From == sample.Staged && e.To == sample.UkraineBlamed && e.Type == ClaimRelationType.Disputes);
        Assert.Equal("Institute for the Study of War", thread.Nodes.Single(n => n.Id == sample.Staged).Actor.Name);
        Assert.All(thread.Edges, e => Assert.True(depths.ContainsKey(e.From) && depths.ContainsKey(e.To)));
        Assert.False(thread.Truncated);
    }

    [Fact]
    public async Task Thread_DepthOne_StopsAtDirectNeighbours()
    {
        var sample = await Sample.LoadAsync(Client);

        var thread = await Client.GetAsync<ThreadResponse>($"/api/claims/{sample.UkraineBlamed}/thread?depth=1");

        Assert.Equal(
            new[] { sample.UkraineBlamed, sample.Staged, sample.UkraineRejects, sample.WashingtonDecides }.Order(),
            thread.Nodes.Select(n => n.Id).Order());
    }

    [Fact]
    public async Task Thread_WalksACycleOnceWithoutDuplicates()
    {
        var actor = await Given.ActorAsync();
        var a = await Given.ClaimAsync(actor.Id, "A");
        var b = await Given.ClaimAsync(actor.Id, "B");
        var c = await Given.ClaimAsync(actor.Id, "C");
        var d = await Given.ClaimAsync(actor.Id, "D");
        await Given.RelationAsync(a.Id, ClaimRelationType.Disputes, b.Id);
        await Given.RelationAsync(b.Id, ClaimRelationType.Disputes, c.Id);
        await Given.RelationAsync(c.Id, ClaimRelationType.Disputes, a.Id);
        await Given.RelationAsync(c.Id, ClaimRelationType.Supports, d.Id);

        var thread = await Client.GetAsync<ThreadResponse>($"/api/claims/{a.Id}/thread?depth=10");

        Assert.Equal(["A", "B", "C", "D"], thread.Nodes.Select(n => n.Text).Order());
        Assert.Equal([0, 1, 1, 2], thread.Nodes.OrderBy(n => n.Text).Select(n => n.Depth));
        Assert.Equal(4, thread.Edges.Count);
        Assert.Equal(thread.Edges.Count, thread.Edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Thread_OfALoneClaim_IsJustTheRoot()
    {
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id);

        var thread = await Client.GetAsync<ThreadResponse>($"/api/claims/{claim.Id}/thread");

        Assert.Equal(claim.Id, Assert.Single(thread.Nodes).Id);
        Assert.Empty(thread.Edges);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("deep")]
    public async Task Thread_RejectsADepthOutsideOneToTen(string depth)
    {
        var sample = await Sample.LoadAsync(Client);

        var problem = await (await Client.GetAsync($"/api/claims/{sample.Staged}/thread?depth={depth}")).ReadProblemAsync(400);

        Assert.Contains("depth", problem.Errors.Keys);
    }

    [Fact]
    public async Task Thread_ReturnsNotFound_ForUnknownClaim() =>
        await (await Client.GetAsync($"/api/claims/{Guid.NewGuid()}/thread")).ReadProblemAsync(404);
}
