using Chronology.Application.Writing;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

/// <summary>The columns every stored record shares.</summary>
internal static class AuditableConfiguration
{
    public static void ConfigureAuditable<T>(this EntityTypeBuilder<T> builder) where T : Auditable
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.SeedKey).HasMaxLength(100);
        builder.Property(e => e.SeedHash).HasMaxLength(64);
        builder.HasIndex(e => e.SeedKey).IsUnique();
        builder.HasIndex(e => e.UpdatedAt);
    }
}
