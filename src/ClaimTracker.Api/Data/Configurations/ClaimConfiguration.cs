using ClaimTracker.Api.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Claim.MaxTextLength);
        builder.Property(c => c.Quote).HasMaxLength(Claim.MaxQuoteLength);
        builder.Property(c => c.Kind).HasConversion<LowerCaseEnumConverter<ClaimKind>>().HasMaxLength(20);
        builder.HasOne(c => c.Actor).WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Appearances).WithOne(a => a.Claim).HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ActorId);
        builder.HasIndex(c => c.EvidenceProvided);
    }
}
