using ClaimTracker.Api.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("change_history");
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.EntityType).HasMaxLength(30);
        builder.Property(c => c.Action).HasMaxLength(10);
        builder.Property(c => c.KeyName).HasMaxLength(100);
        builder.Property(c => c.ChangedAt).HasDefaultValueSql("clock_timestamp()");
        builder.Property(c => c.Before).HasColumnType("jsonb");
        builder.Property(c => c.After).HasColumnType("jsonb");
        builder.HasIndex(c => new { c.SubjectId, c.Id });
    }
}
