using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

/// <summary>The counts and dates kept on claims by triggers follow every change, and long answers page.</summary>
public sealed class DerivedCountsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task DisputeCounts_FollowRelationsAndTheDisputingClaimsActor()
    {
        var target = await Given.ClaimAsync((await Given.ActorAsync("Target")).Id);
        var amy = await Given.ActorAsync("Amy");
        var bob = await Given.ActorAsync("Bob");
        var first = await Given.ClaimAsync(amy.Id, "first");
        var second = await Given.ClaimAsync(bob.Id, "second");
        await Given.RelationAsync(first.Id, ClaimRelationType.Disputes, target.Id);
        var relation = await Given.RelationAsync(second.Id, ClaimRelationType.Disputes, target.Id);
        Assert.Equal((2, 2), await ContestedAsync(target.Id));

        // Bob's claim becomes Amy's: still two disputes, but one disputing actor.
        await Client.PutJsonAsync($"/api/claims/{second.Id}", new ClaimRequest(amy.Id, null, "second", null, ClaimKind.Indirect, null, null, null, null));
        Assert.Equal((1, 2), await ContestedAsync(target.Id));

        await Client.DeleteAsync($"/api/claims/{target.Id}/relations/{relation.Id}");
        Assert.Equal((1, 1), await ContestedAsync(target.Id));
        var counted = Assert.Single((await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{target.Actor.Id}/claims")).Items);
        Assert.Equal((1, 0), (counted.DisputedCount, counted.SupportedCount));
    }

    [Fact]
    public async Task Disputers_PageByActor_EachActorExactlyOnce()
    {
        var target = await Given.ClaimAsync((await Given.ActorAsync("Target")).Id);
        for (var i = 0; i < 25; i++)
        {
            var actor = await Given.ActorAsync($"Disputer {i:00}");
            await Given.RelationAsync((await Given.ClaimAsync(actor.Id)).Id, ClaimRelationType.Disputes, target.Id);
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{target.Id}/disputers?limit=10{(cursor is null ? "" : "&cursor=" + cursor)}");
            Assert.Equal(target.Id, page.Claim.Id);
            seen.AddRange(page.Items.Select(i => i.Actor.Name));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"Disputer {i:00}"), seen);
    }

    private async Task<(int Actors, int Disputes)> ContestedAsync(Guid claimId)
    {
        var contested = await Client.GetAsync<Page<ContestedClaimResponse>>("/api/claims/contested?limit=100");
        var entry = Assert.Single(contested.Items, c => c.Claim.Id == claimId);
        return (entry.DisputingActors, entry.Disputes);
    }
}
