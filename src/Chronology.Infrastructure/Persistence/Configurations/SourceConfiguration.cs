using Chronology.Application.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public const int TitleMaxLength = 400;
    public const int PublisherMaxLength = 200;
    public const int UrlMaxLength = 2000;
    public const int LanguageMaxLength = 35;
    public const int TextMaxLength = 1_000_000;

    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("Sources");
        builder.ConfigureAuditable();
        builder.Property(s => s.Title).HasMaxLength(TitleMaxLength).IsRequired();
        builder.Property(s => s.Publisher).HasMaxLength(PublisherMaxLength);
        builder.Property(s => s.Url).HasMaxLength(UrlMaxLength);
        builder.Property(s => s.Language).HasMaxLength(LanguageMaxLength).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(TextMaxLength);
    }
}
