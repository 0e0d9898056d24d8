using System.Text.Json;
using Chronology.Application.Events;
using Chronology.Application.Json;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chronology.Infrastructure.Persistence.Configurations;

/// <summary>
/// A proposal's lists (places, forces, unresolved names, matches, trace) are stored as JSON text: they are
/// read and written with the proposal as a whole, never queried by their members.
/// </summary>
public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public const int FingerprintMaxLength = 64;

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.ConfigureAuditable();
        builder.Property(p => p.Fingerprint).HasMaxLength(FingerprintMaxLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(EventLimits.TitleMaxLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(EventLimits.SummaryMaxLength).IsRequired();
        builder.Property(p => p.DateText).HasMaxLength(EventLimits.DateTextMaxLength).IsRequired();
        builder.Property(p => p.Quote).IsRequired();
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.RejectionReason).HasMaxLength(ProposalService.ReasonMaxLength);
        builder.Property(p => p.Places).AsJson();
        builder.Property(p => p.Forces).AsJson();
        builder.Property(p => p.Unresolved).AsJson();
        builder.Property(p => p.Matches).AsJson();
        builder.Property(p => p.Trace).AsJson();
        builder.Ignore(p => p.IsDecided);

        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.SourceId, p.Fingerprint }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => p.EventId);
    }
}

internal static class JsonColumn
{
    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasConversion(new ValueConverter<List<T>, string>(
                value => JsonSerializer.Serialize(value, ApiJson.Options),
                json => JsonSerializer.Deserialize<List<T>>(json, ApiJson.Options) ?? new List<T>()),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, ApiJson.Options) == JsonSerializer.Serialize(b, ApiJson.Options),
                value => JsonSerializer.Serialize(value, ApiJson.Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(value, ApiJson.Options), ApiJson.Options)!));
        return property.IsRequired();
    }
}
