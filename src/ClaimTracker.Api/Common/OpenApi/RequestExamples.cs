using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Api.Topics;
using ClaimTracker.Api.Verdicts;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common.OpenApi;

/// <summary>
/// An example of each request body, written as the C# record so it cannot drift from the contract, serialized with
/// the API's own JSON options into the schema's <c>example</c>. The ids are the sample's style (UUIDv7).
/// </summary>
public sealed class RequestExamples(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ISchemaFilter
{
    private static readonly Guid Actor = Guid.Parse("0196a3f2-7c1e-7b1a-9d2e-3f4a5b6c7d8e");
    private static readonly Guid Article = Guid.Parse("0196a3f2-7c1e-7b1a-9d2e-3f4a5b6c7d8f");
    private static readonly Guid Claim = Guid.Parse("0196a3f2-7c1e-7b1a-9d2e-3f4a5b6c7d90");
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(ActorRequest)] = new ActorRequest("John Kirby", ActorKind.Person, "White House national security spokesman", ["Kirby"], null, "Q6251935"),
        [typeof(ArticleRequest)] = new ArticleRequest("Minister speaks", "https://news.example/minister", "Example Wire", Day, "en",
            "The minister said: \"We will win.\""),
        [typeof(ClaimRequest)] = new ClaimRequest(Actor, Article, "The country will win.", "We will win.", ClaimKind.Direct, 20, 32, Day, false),
        [typeof(AppearanceRequest)] = new AppearanceRequest(Article, "We will win.", ClaimKind.Direct, 20, 32),
        [typeof(RelationRequest)] = new RelationRequest(ClaimRelationType.Disputes, Claim),
        [typeof(VerdictRequest)] = new VerdictRequest(null, "Example Fact Check", "Pants on Fire", RatingValue.False,
            "https://factcheck.example/claim", Day, "No evidence was offered."),
        [typeof(CreateApiKeyRequest)] = new CreateApiKeyRequest("frontend", ApiRole.Reader),
        [typeof(ExtractTextRequest)] = new ExtractTextRequest("“We will not back down,” Kirby told reporters."),
        [typeof(AcceptExtractionsRequest)] = new AcceptExtractionsRequest(
            [new AcceptedSuggestion(ClaimKind.Direct, "We will win.", 20, 32, new AcceptedSpeaker(null, "Jane Minister", ActorKind.Person), "The country will win.", false)]),
        [typeof(ClaimTopicsRequest)] = new ClaimTopicsRequest(["kremlin-drone-incident-2023", "air-defense"]),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema target && context.MemberInfo is null && context.ParameterInfo is null
            && Examples.TryGetValue(context.Type, out var example))
        {
            target.Example = JsonSerializer.SerializeToNode(example, context.Type, json.Value.SerializerOptions);
        }
    }
}
