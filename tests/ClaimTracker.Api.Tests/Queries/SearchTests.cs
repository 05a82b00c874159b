using System.Globalization;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class SearchTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Search_Stage_FindsStaged_ByStemming()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?q=stage");

        Assert.Equal(sample.Staged, page.Items[0].Id);
        Assert.All(page.Items, c => Assert.Contains("stag", (c.Text + c.Quote).ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_RanksExactPhraseMatchesFirst()
    {
        var actor = await Given.ActorAsync();
        var scattered = await Given.ClaimAsync(actor.Id, "Defense of the coast and air raids; defense budgets, air travel and coastal defense.");
        var phrase = await Given.ClaimAsync(actor.Id, "Moscow has strengthened its air defense.");

        var page = await Client.GetAsync<Page<ClaimResponse>>($"/api/claims?q=air%20defense&actorId={actor.Id}");

        Assert.Equal([phrase.Id, scattered.Id], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Search_CombinesWithFilters()
    {
        var sample = await Sample.LoadAsync(Client);

        var indirect = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?q=Kremlin&kind=indirect&disputed=true");
        var direct = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?q=Kremlin&kind=direct");
        var outOfPeriod = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?q=Kremlin&from=2024-01-01");
        var withoutEvidence = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?q=Washington&evidenceProvided=false");

        Assert.Equal(new[] { sample.KremlinAttack, sample.UkraineBlamed }.Order(), indirect.Items.Select(c => c.Id).Order());
        Assert.Empty(direct.Items);
        Assert.Empty(outOfPeriod.Items);
        Assert.Equal(sample.WashingtonDecides, Assert.Single(withoutEvidence.Items).Id);
    }

    [Fact]
    public async Task Search_WalksEveryPageOnce()
    {
        var actor = await Given.ActorAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            var text = string.Join(' ', Enumerable.Repeat("sanctions", 1 + (i % 4))) + string.Create(CultureInfo.InvariantCulture, $" were announced (#{i})");
            created.Add((await Given.ClaimAsync(actor.Id, text)).Id);
        }

        var (items, pages) = await Client.WalkAsync<ClaimResponse>($"/api/claims?q=sanction&actorId={actor.Id}", 10);

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(), items.Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=war&kind=rumour", "kind")]
    [InlineData("q=war&cursor=MTIz", "cursor")]
    public async Task Search_RejectsBadParameters(string query, string field)
    {
        var problem = await (await Client.GetAsync($"/api/claims?{query}")).ReadProblemAsync(400);

        Assert.Contains(field, problem.Errors.Keys);
    }
}
