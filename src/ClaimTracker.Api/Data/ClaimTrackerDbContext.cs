using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.History;
using ClaimTracker.Api.Idempotency;
using ClaimTracker.Api.Topics;
using ClaimTracker.Api.Verdicts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClaimTracker.Api.Data;

/// <remarks>Pooled (AddDbContextPool): the constructor takes only the options, and services come from the application's provider.</remarks>
public sealed class ClaimTrackerDbContext(DbContextOptions<ClaimTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimAppearance> ClaimAppearances => Set<ClaimAppearance>();
    public DbSet<ClaimRelation> ClaimRelations => Set<ClaimRelation>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Verdict> Verdicts => Set<Verdict>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ChangeRecord> ChangeHistory => Set<ChangeRecord>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    public DbSet<Archive.ImportRecord> Imports => Set<Archive.ImportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDbContext).Assembly);

        // Ids are made in .NET (Uuid7) when the entity is; EF must treat an entity with an id as new, not as one to update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey())
                     .Where(k => k?.Properties.Count == 1 && k.Properties[0].ClrType == typeof(Guid)))
        {
            key!.Properties[0].ValueGenerated = ValueGenerated.Never;
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTimes()
    {
        // PostgreSQL keeps microseconds; truncating here makes the response equal what a later GET reads.
        var now = this.GetService<TimeProvider>().GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITimestamped timestamped)
            {
                if (entry.State == EntityState.Added)
                {
                    timestamped.CreatedAt = now;
                    timestamped.UpdatedAt = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    timestamped.UpdatedAt = now;
                }
            }
            else if (entry is { Entity: ClaimAppearance appearance, State: EntityState.Added })
            {
                appearance.CreatedAt = now;
            }
            else if (entry is { Entity: ClaimRelation relation, State: EntityState.Added })
            {
                relation.CreatedAt = now;
            }
            else if (entry is { Entity: ApiKey key, State: EntityState.Added })
            {
                key.CreatedAt = now;
            }
            else if (entry is { Entity: Verdict verdict, State: EntityState.Added })
            {
                verdict.CreatedAt = now;
            }
            else if (entry is { Entity: Topic topic, State: EntityState.Added })
            {
                topic.CreatedAt = now;
            }
        }
    }
}
