using ClaimTracker.Api.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ClaimAppearanceConfiguration : IEntityTypeConfiguration<ClaimAppearance>
{
    public void Configure(EntityTypeBuilder<ClaimAppearance> builder)
    {
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(a => a.Quote).HasMaxLength(Claim.MaxQuoteLength);
        builder.Property(a => a.Kind).HasConversion<LowerCaseEnumConverter<ClaimKind>>().HasMaxLength(20);
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Restrict);

        // One appearance per article; the index also serves "claims of this article".
        builder.HasIndex(a => new { a.ArticleId, a.ClaimId }).IsUnique();
        builder.HasIndex(a => a.ClaimId);
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_claim_appearances_offsets",
            "(quote_start IS NULL AND quote_end IS NULL) OR (quote_start >= 0 AND quote_end > quote_start)"));
    }
}
