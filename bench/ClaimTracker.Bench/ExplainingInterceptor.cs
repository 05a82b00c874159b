using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClaimTracker.Bench;

/// <summary>
/// Records every query EF Core sends while <see cref="Capturing"/> is on, with the plan PostgreSQL chose for it:
/// the same text and parameters run again under EXPLAIN (ANALYZE, BUFFERS) on a second connection.
/// </summary>
internal sealed class ExplainingInterceptor(string connectionString) : DbCommandInterceptor
{
    public bool Capturing { get; set; }

    public List<(string Sql, string Plan)> Captured { get; } = [];

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (Capturing && command is NpgsqlCommand npgsql)
        {
            Captured.Add((Describe(npgsql), await ExplainAsync(npgsql, cancellationToken)));
        }

        return result;
    }

    private async Task<string> ExplainAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) " + command.CommandText, connection);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static string Describe(NpgsqlCommand command)
    {
        var parameters = command.Parameters.Select(p => $"-- {p.ParameterName} = {Show(p.Value)}");
        return string.Join('\n', parameters.Append(command.CommandText));
    }

    private static string Show(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{(s.Length > 60 ? s[..57] + "..." : s)}'",
        System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object>().Take(5))}{(list.Cast<object>().Skip(5).Any() ? ", ..." : "")}]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
