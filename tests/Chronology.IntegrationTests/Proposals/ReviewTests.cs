using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Audit;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Proposals;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Proposals;

/// <summary>The review queue: accept (with overrides), merge, reject; each decided once, recorded, and visible through the events.</summary>
public sealed class ReviewTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Accept_AsProposed_CreatesTheEventCitingTheQuote()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");

        using var response = await ProposalTestData.AcceptAsync(editor, proposal.Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<EventResponse>();
        Assert.EndsWith($"/api/v1/events/{created.Id}", response.Headers.Location!.ToString());
        Assert.Equal((proposal.Title, proposal.Start, proposal.Type), (created.Title, created.Start, created.Type));
        Assert.Equal([new CitationResponse(proposal.SourceId, proposal.Quote)], created.Citations);
        Assert.Equal(proposal.Places.Select(p => p.Id).Order(), created.Places.Select(p => p.Id).Order());

        var decided = await editor.GetJsonAsync<ProposalResponse>($"/api/v1/proposals/{proposal.Id}");
        Assert.Equal((ProposalStatus.Accepted, created.Id, ChronologyApiFactory.EditorName), (decided.Status, decided.EventId, decided.DecidedBy));
        var bySource = await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50);
        Assert.Equal([created.Id], bySource.Select(e => e.Id));

        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/proposals/{proposal.Id}/history");
        var entry = Assert.Single(history.Items);
        Assert.Equal("pending", entry.Before!.Value.GetProperty("status").GetString());
        Assert.Equal("accepted", entry.After!.Value.GetProperty("status").GetString());
        var eventHistory = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/events/{created.Id}/history");
        Assert.Equal(AuditAction.Created, Assert.Single(eventHistory.Items).Action);
    }

    [Fact]
    public async Task Accept_WithOverrides_UsesThemThroughTheEventRules()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Barak");
        var telHamis = await editor.PlaceAsync("Tel Hamis");

        using var response = await ProposalTestData.AcceptAsync(editor, proposal.Id, new
        {
            title = "IS attack on Tel Barak (edited)",
            places = new[] { new { id = telHamis.Id } },
            notes = "The report does not say who counted the dead.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<EventResponse>();
        Assert.Equal("IS attack on Tel Barak (edited)", created.Title);
        Assert.Equal([telHamis.Id], created.Places.Select(p => p.Id));
        Assert.Equal("The report does not say who counted the dead.", created.Notes);
        Assert.Equal(proposal.Start, created.Start);
    }

    [Fact]
    public async Task Accept_WithAnInvalidOverride_Is400AndLeavesItPending()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");

        using var response = await ProposalTestData.AcceptAsync(editor, proposal.Id, new { places = Array.Empty<object>(), type = "picnic" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("places", out _));
        Assert.True(errors.TryGetProperty("type", out _));
        Assert.Equal(ProposalStatus.Pending, (await editor.GetJsonAsync<ProposalResponse>($"/api/v1/proposals/{proposal.Id}")).Status);
        Assert.Empty(await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50));
    }

    [Fact]
    public async Task Accept_Twice_Is409_AndRejectAfterwards_Is409()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");
        (await ProposalTestData.AcceptAsync(editor, proposal.Id)).EnsureSuccessStatusCode();

        using var again = await ProposalTestData.AcceptAsync(editor, proposal.Id);
        using var reject = await editor.PostAsync($"/api/v1/proposals/{proposal.Id}/reject", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already accepted", (await again.ReadProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.Single(await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50));
    }

    [Fact]
    public async Task Accept_ByTwoEditorsAtOnce_MakesExactlyOneEvent()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");
        var second = factory.CreateEditorClient();

        var answers = await Task.WhenAll(ProposalTestData.AcceptAsync(editor, proposal.Id), ProposalTestData.AcceptAsync(second, proposal.Id));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Single(await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50));
    }

    [Fact]
    public async Task Merge_AddsTheQuoteToTheExistingEvent()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");
        var target = (await EventWalker.WalkAsync(editor, "place=Tel%20Hamis", 50)).First();

        using var response = await ProposalTestData.AcceptAsync(editor, proposal.Id, new { mergeInto = target.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.ReadAsync<EventResponse>();
        Assert.Equal(target.Id, merged.Id);
        Assert.Equal(target.Version + 1, merged.Version);
        Assert.Equal(target.Citations.Append(new CitationResponse(proposal.SourceId, proposal.Quote)), merged.Citations);
        var decided = await editor.GetJsonAsync<ProposalResponse>($"/api/v1/proposals/{proposal.Id}");
        Assert.Equal((ProposalStatus.Accepted, target.Id), (decided.Status, decided.EventId));
        Assert.Contains(target.Id, (await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50)).Select(e => e.Id));
    }

    [Fact]
    public async Task Merge_WithOtherMembersOrIntoNoEvent_Is400()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Hamis");

        using var mixed = await ProposalTestData.AcceptAsync(editor, proposal.Id, new { mergeInto = 1, title = "x" });
        using var nowhere = await ProposalTestData.AcceptAsync(editor, proposal.Id, new { mergeInto = 999999 });

        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.True((await nowhere.ReadProblemAsync()).GetProperty("errors").TryGetProperty("mergeInto", out _));
        Assert.Equal(ProposalStatus.Pending, (await editor.GetJsonAsync<ProposalResponse>($"/api/v1/proposals/{proposal.Id}")).Status);
    }

    [Fact]
    public async Task Reject_KeepsTheReasonAndMakesNoEvent()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Barak");

        using var response = await editor.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/reject", new { reason = "Counted twice." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = await response.ReadAsync<ProposalResponse>();
        Assert.Equal((ProposalStatus.Rejected, "Counted twice.", (int?)null), (rejected.Status, rejected.RejectionReason, rejected.EventId));
        Assert.Empty(await EventWalker.WalkAsync(editor, $"source={proposal.SourceId}", 50));
        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/proposals/{proposal.Id}/history");
        Assert.Equal("rejected", Assert.Single(history.Items).After!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reject_WithATooLongReason_Is400()
    {
        var proposal = await ProposalTestData.ProposalAboutAsync(editor, "Tel Barak");

        using var response = await editor.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/reject", new { reason = new string('x', 1001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_FiltersBySourceAndStatus_AndTheCursorWalksThemAll()
    {
        var source = await ProposalTestData.ImportAsync(editor);
        var all = (await ProposalTestData.ExtractAsync(editor, source.Id)).Items;
        (await editor.PostAsync($"/api/v1/proposals/{all[0].Id}/reject", null)).EnsureSuccessStatusCode();

        var pending = await editor.GetJsonAsync<PagedResponse<ProposalResponse>>($"/api/v1/proposals?sourceId={source.Id}&status=pending");
        var walked = new List<ProposalResponse>();
        string? cursor = null;
        do
        {
            var page = await editor.GetJsonAsync<PagedResponse<ProposalResponse>>(
                $"/api/v1/proposals?sourceId={source.Id}&limit=1{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(all.Skip(1).Select(p => p.Id), pending.Items.Select(p => p.Id));
        Assert.Equal(all.Select(p => p.Id), walked.Select(p => p.Id));
    }

    [Theory]
    [InlineData("/api/v1/proposals?status=maybe", "status")]
    [InlineData("/api/v1/proposals?limit=0", "limit")]
    [InlineData("/api/v1/proposals?cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("/api/v1/events?source=999999", "source")]
    public async Task BadQuery_Is400NamingTheParameter(string url, string parameter)
    {
        using var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty(parameter, out _), parameter);
    }

    [Fact]
    public async Task UnknownProposal_Is404()
    {
        using var get = await editor.GetAsync("/api/v1/proposals/999999");
        using var accept = await ProposalTestData.AcceptAsync(editor, 999999);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }
}
