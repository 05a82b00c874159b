using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClaimTracker.Bench;

/// <summary>Records the text of every command EF Core sends, with positional parameters ($1, $2, ...) as the server sees it.</summary>
internal sealed partial class CommandCapture : DbCommandInterceptor
{
    public List<string> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        // Named placeholders (@id) are what Npgsql rewrites to $n before sending; do the same so the text is the server's.
        var names = command.Parameters.Cast<DbParameter>().Select(p => p.ParameterName.TrimStart('@')).ToList();
        var text = NamedParameter().Replace(command.CommandText, m =>
            names.IndexOf(m.Groups[1].Value) is var i and >= 0 ? "$" + (i + 1) : m.Value);
        Commands.Add(text.Trim().TrimEnd(';'));
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex NamedParameter();
}
