using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>Builds test data through the API itself.</summary>
public sealed class Given(HttpClient client)
{
    public async Task<ArticleResponse> ArticleAsync(string? body = null, string? title = null, string? url = null, string? outlet = null) =>
        await (await client.PostJsonAsync("/api/articles",
            new ArticleRequest(title ?? $"Article {Guid.NewGuid():N}", url, outlet ?? "Test Wire", DateTimeOffset.Parse("2024-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture), "en", body ?? "Nothing happened today.")))
            .ReadAsync<ArticleResponse>();

    public async Task<ActorResponse> ActorAsync(string? name = null, ActorKind kind = ActorKind.Person, IReadOnlyList<string>? aliases = null, Guid? memberOfId = null) =>
        await (await client.PostJsonAsync("/api/actors",
            new ActorRequest(name ?? $"Actor {Guid.NewGuid():N}", kind, "A test actor", aliases, memberOfId, null)))
            .ReadAsync<ActorResponse>();

    public async Task<ClaimResponse> ClaimAsync(Guid actorId, string? text = null, Guid? articleId = null, bool? evidenceProvided = null) =>
        await (await client.PostJsonAsync("/api/claims",
            new ClaimRequest(actorId, articleId, text ?? $"Claim {Guid.NewGuid():N}", null, ClaimKind.Indirect, null, null, null, evidenceProvided)))
            .ReadAsync<ClaimResponse>();

    public async Task<RelationResponse> RelationAsync(Guid sourceId, ClaimRelationType type, Guid targetId) =>
        await (await client.PostJsonAsync($"/api/claims/{sourceId}/relations", new RelationRequest(type, targetId)))
            .ReadAsync<RelationResponse>();
}
