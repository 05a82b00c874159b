using System.Globalization;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class DisagreementsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task KirbyAndPeskov_DisagreeFourTimes_EachAKirbyClaimDisputingPeskovs()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<DisagreementResponse>>(
            $"/api/actors/{sample.Actor("Dmitry Peskov")}/disagreements/{sample.Actor("John Kirby")}");

        Assert.Equal(4, page.Items.Count);
        Assert.All(page.Items, d =>
        {
            Assert.Equal("John Kirby", d.Disputing.Actor.Name);
            Assert.Equal(sample.WashingtonDecides, d.Disputed.Id);
            Assert.NotNull(d.Disputing.Article);
        });
    }

    [Fact]
    public async Task Disagreements_GoBothWays_OldestFirst()
    {
        var a = await Given.ActorAsync("A");
        var b = await Given.ActorAsync("B");
        var aSays = await ClaimAsync(a.Id, "A 2020", "2020-01-01");
        var bSays = await ClaimAsync(b.Id, "B 2021", "2021-01-01");
        var aAgain = await ClaimAsync(a.Id, "A 2019", "2019-01-01");
        await Given.RelationAsync(bSays, ClaimRelationType.Disputes, aSays);
        await Given.RelationAsync(aAgain, ClaimRelationType.Disputes, bSays);
        await Given.RelationAsync(aAgain, ClaimRelationType.Supports, aSays); // not a disagreement

        var page = await Client.GetAsync<Page<DisagreementResponse>>($"/api/actors/{a.Id}/disagreements/{b.Id}");

        Assert.Equal([("A 2019", "B 2021"), ("B 2021", "A 2020")], page.Items.Select(d => (d.Disputing.Text, d.Disputed.Text)));
    }

    [Fact]
    public async Task Disagreements_WalkEveryPageOnce()
    {
        var a = await Given.ActorAsync("A");
        var b = await Given.ActorAsync("B");
        var target = await Given.ClaimAsync(b.Id, "B says");
        var created = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            var disputing = await ClaimAsync(a.Id, $"A answers {i}", $"2020-01-{i + 1:00}");
            created.Add((await Given.RelationAsync(disputing, ClaimRelationType.Disputes, target.Id)).Id);
        }

        var (items, pages) = await Client.WalkAsync<DisagreementResponse>($"/api/actors/{a.Id}/disagreements/{b.Id}", 4);

        Assert.Equal(3, pages);
        Assert.Equal(created, items.Select(d => d.RelationId));
    }

    [Fact]
    public async Task Disagreements_WithOneself_IsABadRequest()
    {
        var actor = await Given.ActorAsync();

        await (await Client.GetAsync($"/api/actors/{actor.Id}/disagreements/{actor.Id}")).ReadProblemAsync(400);
    }

    [Fact]
    public async Task Disagreements_WithUnknownActor_IsNotFound()
    {
        var actor = await Given.ActorAsync();

        await (await Client.GetAsync($"/api/actors/{actor.Id}/disagreements/{Guid.NewGuid()}")).ReadProblemAsync(404);
    }

    private async Task<Guid> ClaimAsync(Guid actorId, string text, string date) =>
        (await (await Client.PostJsonAsync("/api/claims", new ClaimRequest(actorId, null, text, null, ClaimKind.Indirect, null, null,
            DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), null))).ReadAsync<ClaimResponse>()).Id;
}
