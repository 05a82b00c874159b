using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClaimTracker.Api.Data;

/// <summary>Stores an enum as the lower-case word the API uses, so SQL reads like the JSON.</summary>
public sealed class LowerCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum;
