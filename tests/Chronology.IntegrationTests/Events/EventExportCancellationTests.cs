using System.Runtime.CompilerServices;
using Chronology.Api.Events.Exports;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Chronology.IntegrationTests.Events;

/// <summary>A client that goes away half-way through an export: the read stops, and nothing becomes an error.</summary>
public sealed class EventExportCancellationTests
{
    private const int EventsBeforeTheClientLeaves = 250;

    public static TheoryData<string> Formats => [.. EventExportFormat.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Export_WhenTheClientGoesAway_StopsReadingAndEndsWithoutAnError(string name)
    {
        using var clientLeft = new CancellationTokenSource();
        var http = new DefaultHttpContext { RequestAborted = clientLeft.Token };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("localhost");
        http.Response.Body = new MemoryStream();
        var read = 0;

        async IAsyncEnumerable<EventResponse> Events([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // Endless, as a very large export would be: only the cancellation can end it.
            for (var id = 1; id <= 100_000; id++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                read++;
                if (id == EventsBeforeTheClientLeaves)
                {
                    await clientLeft.CancelAsync();
                }

                yield return Sample(id);
                await Task.Yield();
            }
        }

        var export = new EventExportResult(EventExportFormat.All.Single(f => f.Name == name), Events());

        await export.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(EventsBeforeTheClientLeaves, read);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.True(http.Response.Body.Length > 0, "Nothing was written before the client left.");
    }

    private static EventResponse Sample(int id) => new(
        id, $"Event {id}", "A summary, with a comma.", EventType.Attack, new DateOnly(2015, 2, 27), null, DatePrecision.Day, false,
        "February 27-2015", 3,
        [new EventPlaceResponse(1, "Tel Hamis", PlaceKind.Town, 36.75, 41.4)],
        [new EventForceResponse(1, "Islamic State", "IS", ForceKind.JihadistGroup, ForceRole.Target)],
        [new CitationResponse(1, "February 27-2015, the liberation of Tel Hamis district in al-Jazeera region.")],
        null, null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1);
}
