using Chronology.Application.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("Sources");
        builder.ConfigureAuditable();
        builder.Property(s => s.Title).HasMaxLength(SourceLimits.TitleMaxLength).IsRequired();
        builder.Property(s => s.Publisher).HasMaxLength(SourceLimits.PublisherMaxLength);
        builder.Property(s => s.Url).HasMaxLength(SourceLimits.UrlMaxLength);
        builder.Property(s => s.Language).HasMaxLength(SourceLimits.LanguageMaxLength).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(SourceLimits.TextMaxLength);
    }
}
