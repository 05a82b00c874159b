using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Api.Common;

/// <summary>
/// Reads every JSON string of a request body through <see cref="StorableText"/>, so that no field, however deep,
/// reaches the database with text it cannot store. System.Text.Json refuses escaped lone surrogates without
/// saying which; NUL (<c>\u0000</c>) it accepts. This refuses both, in words the problem response can use.
/// </summary>
public sealed class StorableStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(); // the serializer's own "could not be converted", which the problem mapping words
        }

        string? value;
        try
        {
            value = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // A string token whose escapes do not form UTF-16 (the reader has already checked the UTF-8).
            throw new UnstorableTextException(StorableText.LoneSurrogateEscape);
        }

        return StorableText.Problem(value) is { } problem ? throw new UnstorableTextException(problem) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON string the database could not store; the serializer adds the path of the field.</summary>
public sealed class UnstorableTextException(string problem) : JsonException(problem)
{
    public string Problem { get; } = problem;
}
