using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTracker.Api.Tests.Data;

/// <summary>
/// The Npgsql fault behind the NUL incident, reduced to a few commands on one connection, and the project's
/// workaround (<see cref="PreparedStatementRepair"/>) shown to keep the connection in step. If the first test starts
/// failing after an Npgsql upgrade, Npgsql has fixed it: the repair can then go (docs/reliability.md).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class NpgsqlAutoPrepareFaultTests(ClaimTrackerApiFactory factory)
{
    private const string Sql = "SELECT name FROM actors WHERE name <> $1 ORDER BY name LIMIT 1";

    /// <summary>One physical connection, preparing a statement on its second use, as the API's pool does.</summary>
    private string OneConnection => new NpgsqlConnectionStringBuilder(factory.ConnectionString)
    {
        MaxPoolSize = 1,
        MaxAutoPrepare = 10,
        AutoPrepareMinUsages = 2,
        ApplicationName = "auto-prepare-fault",
    }.ConnectionString;

    [Fact]
    public async Task Npgsql_LosesStep_WhenABindFailsOnTheExecutionThatPreparesTheStatement()
    {
        await using var dataSource = NpgsqlDataSource.Create(OneConnection);

        var first = await NameAsync(dataSource, "x");                 // use 1: not prepared yet
        var bind = await Record.ExceptionAsync(() => NameAsync(dataSource, "a\0b")); // use 2: Parse ok, Bind fails
        var next = await Record.ExceptionAsync(() => NameAsync(dataSource, "x"));    // use 3: the same SQL, innocent

        Assert.NotNull(first);
        Assert.Equal("22021", Assert.IsType<PostgresException>(bind).SqlState);
        Assert.NotNull(next);
        Assert.Contains("unexpected backend message", next.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnpreparingAfterTheDataException_KeepsTheConnectionInStep()
    {
        await using var dataSource = NpgsqlDataSource.Create(OneConnection);

        for (var round = 0; round < 5; round++)
        {
            Assert.NotNull(await NameAsync(dataSource, "x"));
            await using var connection = await dataSource.OpenConnectionAsync();
            var bind = await Record.ExceptionAsync(() => NameAsync(connection, "a\0b"));
            Assert.True(PreparedStatementRepair.MayLeaveStatementHalfPrepared(bind!));
            connection.UnprepareAll();
        }

        Assert.NotNull(await NameAsync(dataSource, "x"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EfCore_AnswersEveryInnocentQuery_InAndOutOfTransactions_OnlyWithTheRepair(bool repair)
    {
        var builder = new DbContextOptionsBuilder<ClaimTrackerDbContext>().UseNpgsql(OneConnection).UseSnakeCaseNamingConvention();
        if (repair)
        {
            builder.AddInterceptors(new PreparedStatementRepair(NullLogger<PreparedStatementRepair>.Instance));
        }

        var innocentFailures = 0;
        for (var round = 0; round < 6; round++)
        {
            await using (var db = new ClaimTrackerDbContext(builder.Options))
            {
                innocentFailures += await Record.ExceptionAsync(() => ActorsNotNamedAsync(db, "x")) is null ? 0 : 1;
            }

            await using (var db = new ClaimTrackerDbContext(builder.Options))
            {
                await using var transaction = round % 2 == 0 ? null : await db.Database.BeginTransactionAsync();
                var bad = await Record.ExceptionAsync(() => ActorsNotNamedAsync(db, "a\0b"));
                Assert.True(bad is PostgresException { SqlState: "22021" } || !repair, $"expected 22021, got {bad}");
            }
        }

        if (repair)
        {
            Assert.Equal(0, innocentFailures);
        }
        else
        {
            Assert.True(innocentFailures > 0, "without the repair the fault should show: has Npgsql fixed it?");
        }
    }

    private static Task<List<string>> ActorsNotNamedAsync(ClaimTrackerDbContext db, string name) =>
        db.Set<Actor>().AsNoTracking().Where(a => a.Name != name).OrderBy(a => a.Name).Select(a => a.Name).Take(3).ToListAsync();

    private static async Task<string?> NameAsync(NpgsqlDataSource dataSource, string parameter)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await NameAsync(connection, parameter);
    }

    private static async Task<string?> NameAsync(NpgsqlConnection connection, string parameter)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue(parameter);
        return (string?)await command.ExecuteScalarAsync();
    }
}
