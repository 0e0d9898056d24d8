using Chronology.Application.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chronology.Infrastructure.Persistence.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("Events");
        builder.ConfigureAuditable();
        builder.Property(e => e.Title).HasMaxLength(EventLimits.TitleMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(EventLimits.SummaryMaxLength).IsRequired();
        builder.Property(e => e.DateText).HasMaxLength(EventLimits.DateTextMaxLength);
        builder.Property(e => e.Notes).HasMaxLength(EventLimits.NotesMaxLength);
        builder.Property(e => e.SearchText).IsRequired();

        // A campaign cannot be deleted while its stages point at it.
        builder.HasOne<Event>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(e => e.Places).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Forces).WithOne().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Citations).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);

        // The chronological list and the date-window overlap test. EffectiveEnd rides along in the
        // start index so a window's walk over events that began earlier tests the overlap in the index
        // itself, without reading each row (the walk spans the longest event, ~130,000 entries at 1M).
        builder.HasIndex(e => new { e.Start, e.Id, e.EffectiveEnd });
        builder.HasIndex(e => e.EffectiveEnd);
        builder.HasIndex(e => e.SpanDays);
        builder.HasIndex(e => e.ParentId);
        builder.HasIndex(e => e.Type);
    }
}

public sealed class EventPlaceConfiguration : IEntityTypeConfiguration<EventPlace>
{
    public void Configure(EntityTypeBuilder<EventPlace> builder)
    {
        builder.ToTable("EventPlaces");
        builder.HasKey(p => new { p.EventId, p.PlaceId });

        // Never cascade an event away with a place: deleting a place in use is refused.
        builder.HasOne(p => p.Place).WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PlaceId, p.EventId });
    }
}

public sealed class EventForceConfiguration : IEntityTypeConfiguration<EventForce>
{
    public void Configure(EntityTypeBuilder<EventForce> builder)
    {
        builder.ToTable("EventForces");
        builder.HasKey(f => new { f.EventId, f.ForceId, f.Role });
        builder.HasOne(f => f.Force).WithMany().HasForeignKey(f => f.ForceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ForceId, f.Role, f.EventId });
    }
}

public sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.ToTable("Citations");
        builder.Property(c => c.Quote).HasMaxLength(EventLimits.QuoteMaxLength).IsRequired();
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.EventId);
        builder.HasIndex(c => c.SourceId);
    }
}
