using ClaimTracker.Api.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ClaimRelationConfiguration : IEntityTypeConfiguration<ClaimRelation>
{
    public void Configure(EntityTypeBuilder<ClaimRelation> builder)
    {
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(r => r.Type).HasConversion<LowerCaseEnumConverter<ClaimRelationType>>().HasMaxLength(20);
        builder.HasOne(r => r.SourceClaim).WithMany(c => c.RelationsOut).HasForeignKey(r => r.SourceClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.TargetClaim).WithMany(c => c.RelationsIn).HasForeignKey(r => r.TargetClaimId).OnDelete(DeleteBehavior.Restrict);

        // No duplicates of (A, type, B); the index leads with the source for "what does A say of others".
        builder.HasIndex(r => new { r.SourceClaimId, r.Type, r.TargetClaimId }).IsUnique();
        builder.HasIndex(r => new { r.TargetClaimId, r.Type });
        builder.ToTable(t => t.HasCheckConstraint("ck_claim_relations_not_self", "source_claim_id <> target_claim_id"));
    }
}
