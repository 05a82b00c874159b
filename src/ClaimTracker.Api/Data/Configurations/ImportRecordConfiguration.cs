using ClaimTracker.Api.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("imports");
        builder.Property(r => r.InstanceId).HasMaxLength(200);
        builder.Property(r => r.KeyName).HasMaxLength(100);
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.Counts).HasColumnType("jsonb");
        builder.Property(r => r.Problem).HasColumnType("jsonb");
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.InstanceId).HasFilter("finished_at IS NULL");
    }
}
