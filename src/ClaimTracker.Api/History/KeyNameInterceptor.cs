using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClaimTracker.Api.History;

/// <summary>
/// Tells PostgreSQL which API key is writing, for the history triggers: a session setting on each connection a write
/// request opens (Npgsql resets session state when the pool hands the connection to the next user).
/// </summary>
public sealed class KeyNameInterceptor(IHttpContextAccessor http) : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        if (context is null || HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.Name is not { } name)
        {
            return;
        }

        await using var command = new NpgsqlCommand("SELECT set_config('claimtracker.key_name', $1, false)", (NpgsqlConnection)connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
