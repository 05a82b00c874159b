using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class CounterpartsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task OpponentsOfPeskov_AreKirbyThenTheUnitedStatesGovernment()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<CounterpartResponse>>($"/api/actors/{sample.Actor("Dmitry Peskov")}/opponents");

        Assert.Equal(["John Kirby", "United States government"], page.Items.Select(o => o.Actor.Name));
        Assert.Equal((0, 4, 4), (page.Items[0].Outgoing, page.Items[0].Incoming, page.Items[0].Total));
    }

    [Fact]
    public async Task OpponentsOfKirby_IncludePeskov_AsOutgoing()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<CounterpartResponse>>($"/api/actors/{sample.Actor("John Kirby")}/opponents");

        var peskov = Assert.Single(page.Items);
        Assert.Equal(("Dmitry Peskov", 4, 0), (peskov.Actor.Name, peskov.Outgoing, peskov.Incoming));
    }

    [Fact]
    public async Task AlliesOfPeskov_AreTheKremlin_AndSelfSupportDoesNotCount()
    {
        var sample = await Sample.LoadAsync(Client);

        var peskovAllies = await Client.GetAsync<Page<CounterpartResponse>>($"/api/actors/{sample.Actor("Dmitry Peskov")}/allies");
        var iswAllies = await Client.GetAsync<Page<CounterpartResponse>>($"/api/actors/{sample.Actor("Institute for the Study of War")}/allies");

        Assert.Equal(("Kremlin", 1, 0), (Assert.Single(peskovAllies.Items).Actor.Name, peskovAllies.Items[0].Outgoing, peskovAllies.Items[0].Incoming));
        Assert.Empty(iswAllies.Items);
    }

    [Fact]
    public async Task Opponents_AreOrderedByTotal_AndWalkEveryPageOnce()
    {
        var target = await Given.ActorAsync("Target");
        var claim = await Given.ClaimAsync(target.Id);
        for (var i = 0; i < 7; i++)
        {
            var opponent = await Given.ActorAsync($"Opponent {i}");
            for (var j = 0; j <= i % 3; j++)
            {
                await Given.RelationAsync((await Given.ClaimAsync(opponent.Id)).Id, ClaimRelationType.Disputes, claim.Id);
            }
        }

        var (items, pages) = await Client.WalkAsync<CounterpartResponse>($"/api/actors/{target.Id}/opponents", 3);

        Assert.Equal(3, pages);
        Assert.Equal(7, items.Select(o => o.Actor.Id).Distinct().Count());
        Assert.Equal(items.Select(o => o.Total).OrderDescending(), items.Select(o => o.Total));
        Assert.Equal(["Opponent 2", "Opponent 5", "Opponent 1"], items.Take(3).Select(o => o.Actor.Name));
    }

    [Fact]
    public async Task Opponents_ReturnsNotFound_ForUnknownActor() =>
        await (await Client.GetAsync($"/api/actors/{Guid.NewGuid()}/opponents")).ReadProblemAsync(404);
}
