using System.Text.Json;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Common;

/// <summary>The top-level appsettings.json is the configuration the service reads.</summary>
public sealed class ConfigurationTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    [Fact]
    public void TheAppSettingsBesideTheService_IsTheTopLevelFileOfTheRepository()
    {
        var topLevel = Path.Combine(RepositoryFiles.Root, "appsettings.json");
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");

        Assert.Equal(File.ReadAllText(topLevel), File.ReadAllText(shipped));
    }

    [Fact]
    public async Task AValueSetInTheTopLevelFile_ReachesTheRunningService()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "appsettings.json")));
        var title = settings.RootElement.GetProperty("Api").GetProperty("Title").GetString();
        var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));

        Assert.Equal(title, document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal(settings.RootElement.GetProperty("Database").GetProperty("CommandTimeoutSeconds").GetInt32(),
            configuration.GetValue<int>("Database:CommandTimeoutSeconds"));
    }
}
