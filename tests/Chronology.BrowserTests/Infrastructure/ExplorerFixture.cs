namespace Chronology.BrowserTests.Infrastructure;

/// <summary>One service and one browser for a test class; each test opens the pages it needs.</summary>
public sealed class ExplorerFixture : IDisposable
{
    public ExplorerFixture()
    {
        Browser = new Browser();
        Server = new ExplorerServer();
    }

    public ExplorerServer Server { get; }

    public Browser Browser { get; }

    public Uri Page(string pathAndQuery = "") => new(Server.BaseAddress, pathAndQuery);

    public void Dispose()
    {
        Browser.Dispose();
        Server.Dispose();
    }
}
