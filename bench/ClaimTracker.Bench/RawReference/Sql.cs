namespace ClaimTracker.Bench.RawReference;

/// <summary>
/// The SQL the API sends, with Npgsql's positional parameters: bench/sql/statements/&lt;Name&gt;.sql, captured from EF
/// Core by <c>bench capture-sql</c> (one copy, from which the pgbench scripts are made too), copied beside the program
/// by the build.
/// </summary>
internal static class Sql
{
    public static readonly string ClaimVersion = Get(nameof(ClaimVersion));
    public static readonly string ClaimById = Get(nameof(ClaimById));
    public static readonly string SidesRanked = Get(nameof(SidesRanked));
    public static readonly string CounterClaims = Get(nameof(CounterClaims));
    public static readonly string ClaimExists = Get(nameof(ClaimExists));
    public static readonly string ThreadLevel = Get(nameof(ThreadLevel));
    public static readonly string Summaries = Get(nameof(Summaries));
    public static readonly string ThreadEdges = Get(nameof(ThreadEdges));
    public static readonly string ActorExists = Get(nameof(ActorExists));
    public static readonly string ActorClaimsPage = Get(nameof(ActorClaimsPage));
    public static readonly string SearchRanked = Get(nameof(SearchRanked));
    public static readonly string ResponsesByIds = Get(nameof(ResponsesByIds));
    public static readonly string ContestedRanked = Get(nameof(ContestedRanked));
    public static readonly string TopDisputers = Get(nameof(TopDisputers));
    public static readonly string InsertClaim = Get(nameof(InsertClaim));
    public static readonly string DuplicateRelation = Get(nameof(DuplicateRelation));
    public static readonly string InsertRelation = Get(nameof(InsertRelation));
    public static readonly string RelationById = Get(nameof(RelationById));

    private static string Get(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "statements", name + ".sql")).TrimEnd();
}
