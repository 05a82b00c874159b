using ClaimTracker.Api.Data;

namespace ClaimTracker.Api.Queries;

/// <summary>The questions a newsroom asks, one round trip each. (Who disputes/supports a claim lives with Claims.)</summary>
public static class QueriesApi
{
    public static IEndpointRouteBuilder MapQueries(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Queries").ReadsFromReplica();

        group.MapGet("/claims/{id}/thread", ThreadApi.GetThread).WithName("GetClaimThread")
            .WithSummary("The dispute/support graph around a claim, both directions, up to depth relations away")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/claims/contested", ContestedApi.ListContested).WithName("ListContestedClaims")
            .WithSummary("The most disputed claims of a period: most disputing actors first, then most disputes")
            .ProducesValidationProblem();
        group.MapGet("/actors/{id}/claims", ActorClaimsApi.ListActorClaims).WithName("ListActorClaims")
            .WithSummary("What an actor has claimed, newest first, with how often each claim is disputed and supported")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/actors/{id}/opponents", CounterpartsApi.ListOpponents).WithName("ListActorOpponents")
            .WithSummary("Actors who dispute this actor's claims or whose claims it disputes, most relations first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/actors/{id}/allies", CounterpartsApi.ListAllies).WithName("ListActorAllies")
            .WithSummary("Actors who support this actor's claims or whose claims it supports, most relations first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/actors/{id}/disagreements/{otherId}", DisagreementsApi.ListDisagreements).WithName("ListDisagreements")
            .WithSummary("Every claim of one actor that disputes a claim of the other, both ways, oldest first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/articles/{id}/graph", ArticleGraphApi.GetArticleGraph).WithName("GetArticleGraph")
            .WithSummary("Everything an article reports as a graph: actors and claims, made/disputes/supports edges, related claims elsewhere")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
