using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>
/// docs/openapi.json is the contract frontends lint, generate types from and test against: it must be exactly what
/// the code serves. Regenerate it with <c>scripts/update-openapi.sh</c>.
/// </summary>
public sealed class OpenApiDocumentTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task CommittedDocument_MatchesTheCode()
    {
        var served = Normalise(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path)) : "(missing)";
        Assert.True(committed == served,
            $"docs/openapi.json differs from the document the code serves at /swagger/v1/swagger.json (first difference at line {FirstDifference(committed, served)}). "
            + "If the change to the contract is intended, regenerate it with scripts/update-openapi.sh "
            + "(UPDATE_OPENAPI=1 dotnet test --filter FullyQualifiedName~OpenApiDocumentTests) and commit it.");
    }

    [Fact]
    public async Task Document_HasNoTextPlainAndEveryOperationIsTyped()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        Assert.DoesNotContain("text/plain", document.ToJsonString(), StringComparison.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                Assert.False(string.IsNullOrEmpty((string?)operation!["operationId"]), $"{name} has no operationId");
                Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), $"{name} has no summary");
                var responses = operation["responses"]!.AsObject();
                Assert.True(responses.ContainsKey("401") && responses.ContainsKey("429"), $"{name} lacks 401/429");
                foreach (var content in (operation["requestBody"]?["content"]?.AsObject() ?? []).Select(c => c.Value))
                {
                    Assert.True(content!["schema"] is JsonObject { Count: > 0 }, $"{name} has an untyped request body");
                }
            }
        }
    }

    /// <summary>
    /// OpenAPI 3.0 validators (Prism, ajv) do not apply <c>nullable</c> beside <c>allOf</c>/<c>$ref</c>, and Prism adds a
    /// second null to the enum of a typed <c>{type, nullable: true, enum: [null]}</c> and then skips the check. So:
    /// <c>nullable</c> only beside a <c>type</c>, no <c>allOf</c> wrappers, and a nullable reference as
    /// <c>anyOf: [$ref, {enum: [null]}]</c>.
    /// </summary>
    [Fact]
    public async Task Document_SaysNullabilityInTheOneFormEveryValidatorReads()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var nullableReferences = 0;
        foreach (var (path, schema) in Objects(document, "#"))
        {
            Assert.False(schema.ContainsKey("allOf"), $"{path} is an allOf wrapper; write a plain $ref (ReferenceSchemasFilter)");
            if (schema.ContainsKey("nullable"))
            {
                Assert.True(schema.ContainsKey("type") && !schema.ContainsKey("$ref") && !schema.ContainsKey("anyOf") && !schema.ContainsKey("oneOf"),
                    $"{path} says nullable without a type of its own: validators ignore it");
            }

            if (schema["enum"] is JsonArray values && values.Any(v => v is null))
            {
                Assert.True(values.Count == 1 && schema.Count == 1, $"{path} is a null branch with more than enum: [null] (Prism would skip the schema)");
            }

            if (schema["anyOf"] is JsonArray { Count: 2 } branches && branches[1] is JsonObject { Count: 1 } last && last["enum"] is JsonArray)
            {
                Assert.True(branches[0] is JsonObject { Count: 1 } first && first.ContainsKey("$ref"), $"{path}: the first branch of a nullable reference is the $ref alone");
                nullableReferences++;
            }
        }

        var memberOf = document["components"]!["schemas"]!["ActorResponse"]!["properties"]!["memberOf"]!;
        Assert.Equal("#/components/schemas/ActorRef", (string?)memberOf["anyOf"]![0]!["$ref"]);
        Assert.True(nullableReferences >= 10, $"only {nullableReferences} nullable references found");
    }

    private static IEnumerable<(string Path, JsonObject Schema)> Objects(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (path, obj);
                foreach (var (key, child) in obj)
                {
                    foreach (var found in Objects(child, $"{path}/{key}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Objects(array[i], $"{path}/{i}"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>Parsed and written again, indented, with a final newline: formatting never makes a difference.</summary>
    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    private static int FirstDifference(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        var line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
        {
            line++;
        }

        return line + 1;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClaimTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
