using Chronology.Application.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

public sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable("Places");
        builder.ConfigureAuditable();
        builder.Property(p => p.Name).HasMaxLength(PlaceLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.NormalizedName).HasMaxLength(PlaceLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.Path).HasMaxLength(400).IsRequired();
        builder.HasOne<Place>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.NormalizedName, p.Id });
        builder.HasIndex(p => p.Path);
        builder.HasIndex(p => p.ParentId);
    }
}

public sealed class PlaceAliasConfiguration : IEntityTypeConfiguration<PlaceAlias>
{
    public void Configure(EntityTypeBuilder<PlaceAlias> builder)
    {
        builder.ToTable("PlaceAliases");
        builder.Property(a => a.Name).HasMaxLength(PlaceLimits.NameMaxLength).IsRequired();
        builder.Property(a => a.NormalizedName).HasMaxLength(PlaceLimits.NameMaxLength).IsRequired();
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => a.PlaceId);
    }
}
