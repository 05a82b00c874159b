using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(c => c.Text).HasMaxLength(Claim.MaxTextLength);
        builder.Property(c => c.Quote).HasMaxLength(Claim.MaxQuoteLength);
        builder.Property(c => c.Kind).HasConversion<LowerCaseEnumConverter<ClaimKind>>().HasMaxLength(20);
        builder.HasOne(c => c.Actor).WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Appearances).WithOne(a => a.Claim).HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
        // Derived columns: written by PostgreSQL triggers (see the migrations), never by EF.
        builder.Property(c => c.SaidAt).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.FirstArticleId).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.DisputeCount).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.SupportCount).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.DisputingActorCount).ValueGeneratedOnAddOrUpdate();
        builder.HasOne(c => c.FirstArticle).WithMany().HasForeignKey(c => c.FirstArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.DisputingActorCount, c.DisputeCount, c.Id })
            .IsDescending(true, true, false)
            .HasFilter("dispute_count > 0")
            .HasDatabaseName("ix_claims_contested");
        builder.HasIndex(c => new { c.ActorId, c.SaidAt, c.Id });
        builder.HasIndex(c => new { c.SaidAt, c.Id });
        builder.HasIndex(c => c.EvidenceProvided);
        builder.HasGeneratedTsVectorColumn(c => c.SearchVector, "english", c => new { c.Text, c.Quote })
            .HasIndex(c => c.SearchVector)
            .HasMethod("GIN");
        builder.HasMany(c => c.Topics).WithMany(t => t.Claims).UsingEntity(
            "claim_topics",
            r => r.HasOne(typeof(Topic)).WithMany().HasForeignKey("topic_id").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Claim)).WithMany().HasForeignKey("claim_id").OnDelete(DeleteBehavior.Cascade),
            j => j.HasIndex("topic_id", "claim_id"));
    }
}
