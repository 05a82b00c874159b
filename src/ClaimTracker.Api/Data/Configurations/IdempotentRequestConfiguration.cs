using ClaimTracker.Api.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.ClientName, r.Key });
        builder.Property(r => r.ClientName).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.ResponseBody).HasColumnType("jsonb");
        builder.HasIndex(r => r.CreatedAt);
    }
}
