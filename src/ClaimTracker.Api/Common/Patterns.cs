namespace ClaimTracker.Api.Common;

/// <summary>Helpers for PostgreSQL LIKE patterns built from user input.</summary>
public static class Patterns
{
    /// <summary>A case-insensitive "contains" pattern with LIKE's wildcards in the input escaped.</summary>
    public static string Contains(string text) => $"%{Escape(text)}%";

    public static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
