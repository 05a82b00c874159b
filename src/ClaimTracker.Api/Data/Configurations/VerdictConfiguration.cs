using ClaimTracker.Api.Verdicts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class VerdictConfiguration : IEntityTypeConfiguration<Verdict>
{
    public void Configure(EntityTypeBuilder<Verdict> builder)
    {
        builder.Property(v => v.Rating).HasMaxLength(Verdict.MaxRatingLength);
        builder.Property(v => v.RatingValue).HasConversion<LowerCaseEnumConverter<RatingValue>>().HasMaxLength(20);
        builder.Property(v => v.ReviewerName).HasMaxLength(Verdict.MaxReviewerNameLength);
        builder.Property(v => v.Url).HasMaxLength(Verdict.MaxUrlLength);
        builder.Property(v => v.Summary).HasMaxLength(Verdict.MaxSummaryLength);
        builder.HasOne(v => v.Claim).WithMany(c => c.Verdicts).HasForeignKey(v => v.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.ReviewerActor).WithMany().HasForeignKey(v => v.ReviewerActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.ClaimId);
        builder.HasIndex(v => v.RatingValue);
        builder.HasIndex(v => v.ReviewerActorId);
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_verdicts_reviewer", "(reviewer_actor_id IS NULL) <> (reviewer_name IS NULL)"));
    }
}
