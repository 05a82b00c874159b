using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Bench;

/// <summary>The API in process, on a given database, with an EF Core interceptor watching what it sends.</summary>
internal sealed class ApiHost(string connectionString, IInterceptor interceptor) : WebApplicationFactory<Program>
{
    public static readonly string AdminKey = "ct_" + Guid.NewGuid().ToString("N");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:ClaimTracker", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedSampleData", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<ClaimTrackerDbContext>(options => options.AddInterceptors(interceptor)));
    }
}
