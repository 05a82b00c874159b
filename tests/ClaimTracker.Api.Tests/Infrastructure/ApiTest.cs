namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>A test that talks to the API over HTTP, starting from a database holding only the sample data.</summary>
[Collection(ApiCollectionDefinition.Name)]
public abstract class ApiTest(ClaimTrackerApiFactory factory) : IAsyncLifetime
{
    protected ClaimTrackerApiFactory Factory { get; } = factory;

    /// <summary>A client with the admin key: allowed everything, so that tests of other rules are not about keys.</summary>
    protected HttpClient Client { get; } = factory.CreateClient(ClaimTrackerApiFactory.AdminKey);

    protected Given Given => new(Client);

    public Task InitializeAsync() => Factory.ResetDatabaseAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}
