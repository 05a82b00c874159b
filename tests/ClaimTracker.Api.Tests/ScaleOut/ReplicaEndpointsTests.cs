using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Api.Tests.ScaleOut;

/// <summary>Which endpoints may read from the replica: the rule in docs/scaling.md, held in one list.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ReplicaEndpointsTests(ClaimTrackerApiFactory factory)
{
    [Fact]
    public void OnlyListsSearchAndQueries_ReadFromTheReplica()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<ReadsFromReplicaMetadata>() is not null)
            .ToList();

        Assert.All(endpoints, e => Assert.Equal([HttpMethods.Get], e.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods));
        Assert.Equal(
            [
                "GetArticleGraph", "GetClaimThread", "GetDisputers", "GetSupporters", "GetTopicTimeline", "ListActorAllies",
                "ListActorClaims", "ListActorOpponents", "ListActors", "ListArticles", "ListClaims", "ListContestedClaims",
                "ListDisagreements", "ListTopics",
            ],
            endpoints.Select(e => e.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName).Order(StringComparer.Ordinal));
    }
}
