using ClaimTracker.Api.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.ToTable("actor_aliases");
        builder.Property(a => a.Name).HasMaxLength(Actor.MaxNameLength);

        // An alias belongs to one actor, whatever its case.
        builder.Property<string>("NormalizedName").HasComputedColumnSql("lower(name)", stored: true);
        builder.HasIndex("NormalizedName").IsUnique();
        builder.HasIndex(a => a.ActorId);
    }
}
