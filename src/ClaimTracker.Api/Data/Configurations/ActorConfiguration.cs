using ClaimTracker.Api.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(a => a.Name).HasMaxLength(Actor.MaxNameLength);
        builder.Property(a => a.Description).HasMaxLength(Actor.MaxDescriptionLength);
        builder.Property(a => a.WikidataId).HasMaxLength(Actor.MaxWikidataIdLength);
        builder.Property(a => a.Kind).HasConversion<LowerCaseEnumConverter<ActorKind>>().HasMaxLength(20);

        // Names are unique case-insensitively: "John Kirby" and "john kirby" are one actor.
        builder.Property<string>("NormalizedName").HasComputedColumnSql("lower(name)", stored: true);
        builder.HasIndex("NormalizedName").IsUnique();

        builder.HasOne(a => a.MemberOf).WithMany().HasForeignKey(a => a.MemberOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
