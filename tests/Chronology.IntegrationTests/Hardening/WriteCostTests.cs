using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>What one write costs the database in round trips: a budget, so a change that reads more shows here.</summary>
public sealed class WriteCostTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    [Fact]
    public async Task PutOfAnEvent_StaysWithinItsRoundTripBudget()
    {
        // Listening from before the service starts: EF stops checking for listeners for a while when it finds none.
        using var counter = StatementCounter.Start(factory.Database);
        var editor = factory.CreateEditorClient();
        var created = await EventBodies.CreateAsync(editor, "Costed event");
        var body = await EventBodies.ValidAsync(editor, "Costed event, renamed");

        var (commandsBefore, transactionsBefore) = (counter.Commands, counter.TransactionStatements);
        using var response = await editor.PutAsJsonAsync($"/api/v1/events/{created.Id}", body);
        var (commands, transactions) = (counter.Commands - commandsBefore, counter.TransactionStatements - transactionsBefore);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Costed event, renamed", (await response.ReadAsync<EventResponse>()).Title);
        // Measured: SQLite 16 commands + 2 before the service owned its unit of work, 6 + 2 after; PostgreSQL 9 + 2, then 7 + 2
        // (Npgsql sends BEGIN with the next command, so there it costs no round trip of its own). Since the raw
        // commands are counted too and the reference checks read places and forces in one command: SQLite 5 + 2
        // (load, references, quote, UPDATE, audit INSERT), PostgreSQL 6 + 2 (and the commit-order lock).
        var budget = TestDatabase.IsPostgres ? 8 : 7;
        Assert.True(commands + transactions <= budget,
            $"PUT /events/{{id}} on {factory.Database.Provider}: {commands} commands + {transactions} transaction statements = {commands + transactions} round trips; the budget is {budget}.");
    }
}
