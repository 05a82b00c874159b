using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

public sealed class QueryLimitsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task QueryValue_OverTheLimit_IsValidationProblemNamingIt()
    {
        var response = await Client.GetAsync("/api/claims?q=" + new string('x', QueryLimitsFilter.MaxValueLength + 1));

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal([$"'q' must be at most {QueryLimitsFilter.MaxValueLength} characters."], problem.Errors["q"]);
    }

    [Fact]
    public async Task QueryValue_AtTheLimit_IsAnswered()
    {
        var response = await Client.GetAsync("/api/claims?q=" + new string('x', QueryLimitsFilter.MaxValueLength));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
