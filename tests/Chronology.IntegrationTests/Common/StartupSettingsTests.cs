using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Common;

/// <summary>A bad setting stops the service at start, with a message that names the setting.</summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Database:CommandTimeoutSeconds", "0", "CommandTimeoutSeconds")]
    [InlineData("Database:SqliteMemoryMapMegabytes", "-1", "SqliteMemoryMapMegabytes")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("RateLimiting:PermitLimit", "0", "PermitLimit")]
    [InlineData("AnswerCache:MaxMegabytes", "0", "MaxMegabytes")]
    [InlineData("Auth:ApiKeys:0:Sha256", "not-a-hash", "Auth:ApiKeys:0:Sha256")]
    public void Start_WithABadSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        using var factory = ChronologyApiFactory.With(new() { [key] = value });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(named, Messages(exception));
        Assert.False(factory.Database.Exists(), "The service touched the database before refusing its settings.");
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
