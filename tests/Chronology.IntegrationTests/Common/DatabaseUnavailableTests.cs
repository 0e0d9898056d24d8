using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronology.IntegrationTests.Common;

/// <summary>
/// A database that cannot take a request now — PostgreSQL out of connection slots, SQLite locked by another writer
/// past its busy timeout — is a 503 with Retry-After that says so, not a 500; nothing is stored, and the same
/// request answers once the database is free again.
/// </summary>
public sealed class DatabaseUnavailableTests : IDisposable
{
    // On SQLite a locked write waits out the command timeout (Microsoft.Data.Sqlite retries until then): keep it short.
    private readonly ChronologyApiFactory factory = ChronologyApiFactory.With(new() { ["Database:CommandTimeoutSeconds"] = "2" });

    [Fact]
    public async Task ADatabaseThatCannotTakeTheRequest_Is503WithRetryAfter_AndTheRetryAnswers()
    {
        var client = factory.CreateClient();
        var editor = factory.CreateEditorClient();
        var body = await client.NewEventBodyAsync("Quokka sent while the database was busy");

        HttpResponseMessage refused;
        await using (await HoldTheDatabaseAsync())
        {
            refused = await editor.PostAsJsonAsync("/api/v1/events", body, HttpJson.Options);
        }

        using (refused)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
            var problem = await refused.ReadProblemAsync();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Equal("The database cannot take the request now.", problem.GetProperty("title").GetString());
        }

        Assert.Empty(await SentAsync(client));
        using var retried = await editor.PostAsJsonAsync("/api/v1/events", body, HttpJson.Options);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal("Quokka sent while the database was busy", Assert.Single(await SentAsync(client)).Title);
    }

    private static async Task<IReadOnlyList<EventResponse>> SentAsync(HttpClient client) =>
        (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=quokka")).Items;

    public void Dispose() => factory.Dispose();

    // PostgreSQL: the test database allows no new connection (the tests' connections are not pooled, so the
    // service's next request must open one). SQLite: another connection holds the write lock, so the service's
    // write waits out its command timeout and fails with SQLITE_BUSY.
    private async Task<IAsyncDisposable> HoldTheDatabaseAsync()
    {
        if (TestDatabase.IsPostgres)
        {
            await SetConnectionLimitAsync(0);
            return new Release(() => SetConnectionLimitAsync(-1));
        }

        var holder = new SqliteConnection(factory.Database.ConnectionString);
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        return holder;
    }

    private async Task SetConnectionLimitAsync(int limit)
    {
        var name = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString).Database;
        var admin = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"ALTER DATABASE \"{name}\" CONNECTION LIMIT {limit}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
