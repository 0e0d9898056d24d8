using Chronology.Application.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

public sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        builder.ToTable("Forces");
        builder.ConfigureAuditable();
        builder.Property(f => f.Name).HasMaxLength(ForceLimits.NameMaxLength).IsRequired();
        builder.Property(f => f.NormalizedName).HasMaxLength(ForceLimits.NameMaxLength).IsRequired();
        builder.Property(f => f.Abbreviation).HasMaxLength(ForceLimits.AbbreviationMaxLength);
        builder.Property(f => f.NormalizedAbbreviation).HasMaxLength(ForceLimits.AbbreviationMaxLength);
        builder.HasOne<Force>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Aliases).WithOne().HasForeignKey(a => a.ForceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.NormalizedName, f.Id });
        builder.HasIndex(f => f.NormalizedAbbreviation);
        builder.HasIndex(f => f.ParentId);
    }
}

public sealed class ForceAliasConfiguration : IEntityTypeConfiguration<ForceAlias>
{
    public void Configure(EntityTypeBuilder<ForceAlias> builder)
    {
        builder.ToTable("ForceAliases");
        builder.Property(a => a.Name).HasMaxLength(ForceLimits.NameMaxLength).IsRequired();
        builder.Property(a => a.NormalizedName).HasMaxLength(ForceLimits.NameMaxLength).IsRequired();
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => a.ForceId);
    }
}
