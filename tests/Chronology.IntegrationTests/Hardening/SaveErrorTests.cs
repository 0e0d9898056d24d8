using System.Net.Http.Json;
using Chronology.Application.Errors;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.Application.Writing;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>
/// A save the database refuses says what happened, by the provider's own error code: a lost race on the
/// version (412), a duplicate key (409), a reference deleted or linked meanwhile (409 naming it); anything
/// else is a bug and is not dressed up as a conflict. The races are staged on the service's own unit of work.
/// </summary>
public sealed class SaveErrorTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task AVersionChangedSinceTheRead_IsAPreconditionFailure()
    {
        var created = await EventBodies.CreateAsync(editor, "Raced event");
        using var scope = factory.Services.CreateScope();
        var entity = (await Get<IEventRepository>(scope).FindForUpdateAsync(created.Id, default))!;

        // Another request saves a new version between this read and this save.
        (await editor.PutAsJsonAsync($"/api/v1/events/{created.Id}", await EventBodies.ValidAsync(editor, "Raced event, first"))).EnsureSuccessStatusCode();
        entity.Title = "Raced event, second";
        await using var work = await Get<IUnitOfWork>(scope).BeginAsync(default);
        work.MarkChanged(entity);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => work.SaveChangesAsync(default));
    }

    [Fact]
    public async Task ADuplicateKey_IsAConflictNamingTheRecord()
    {
        using var scope = factory.Services.CreateScope();
        var seedKey = await Get<Chronology.Infrastructure.Persistence.ChronologyDbContext>(scope).Forces
            .Where(f => f.SeedKey != null).Select(f => f.SeedKey).FirstAsync();
        var twin = new Force { SeedKey = seedKey };
        twin.Rename("Twin force", null);
        await using var work = await Get<IUnitOfWork>(scope).BeginAsync(default);
        Get<IForceRepository>(scope).Add(twin);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => work.SaveChangesAsync(default));

        Assert.Contains("saved the same force at the same time", conflict.Message);
    }

    [Fact]
    public async Task AReferenceDeletedMeanwhile_IsAConflictNamingIt()
    {
        var seeded = (await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items[0];
        using var scope = factory.Services.CreateScope();
        var entity = new Event { Title = "Orphan event", Summary = "Its place was deleted after the check." };
        entity.SetDates(new DateOnly(2015, 3, 5), null, DatePrecision.Day);
        entity.SetPlaces([987654]);
        entity.SetForces([(seeded.Forces[0].Id, ForceRole.Participant)]);
        entity.SetCitations([(seeded.Citations[0].SourceId, "March 5, 2015")]);
        await using var work = await Get<IUnitOfWork>(scope).BeginAsync(default);
        Get<IEventRepository>(scope).Add(entity);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => work.SaveChangesAsync(default));

        Assert.Contains("refers to place 987654, which another request deleted", conflict.Message);
        Assert.Equal(["place 987654"], Assert.IsType<List<string>>(conflict.Details["missing"]));
    }

    [Fact]
    public async Task ARecordLinkedMeanwhile_CannotBeDeleted_AndTheConflictNamesIt()
    {
        var seeded = (await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items[0];
        var placeId = seeded.Places[0].Id;
        using var scope = factory.Services.CreateScope();
        var place = (await Get<IPlaceRepository>(scope).FindForUpdateAsync(placeId, default))!;
        await using var work = await Get<IUnitOfWork>(scope).BeginAsync(default);
        Get<IPlaceRepository>(scope).Remove(place);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => work.SaveChangesAsync(default));

        Assert.Contains($"place {placeId} was linked by another request at the same time", conflict.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnyOtherRefusal_IsNotDressedUpAsAConflict()
    {
        using var scope = factory.Services.CreateScope();
        await using var work = await Get<IUnitOfWork>(scope).BeginAsync(default);
        // A bug the validators exist to prevent: a required column left empty.
        Get<ISourceRepository>(scope).Add(new Source { Title = null!, Language = "en" });

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => work.SaveChangesAsync(default));

        Assert.IsNotType<DbUpdateConcurrencyException>(failure);
    }

    private static T Get<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
