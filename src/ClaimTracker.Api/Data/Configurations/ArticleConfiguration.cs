using ClaimTracker.Api.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Api.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength);
        builder.Property(a => a.Url).HasMaxLength(Article.MaxUrlLength);
        builder.Property(a => a.Outlet).HasMaxLength(Article.MaxOutletLength);
        builder.Property(a => a.Language).HasMaxLength(Article.MaxLanguageLength);
        builder.Property(a => a.Body).HasMaxLength(Article.MaxBodyLength);
        builder.HasIndex(a => a.Url).IsUnique();
        builder.HasIndex(a => a.Outlet);
    }
}
