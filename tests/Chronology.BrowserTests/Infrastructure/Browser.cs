using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Chronology.BrowserTests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven through Debian's chromedriver — nothing is downloaded. Missing
/// either is a failure with the command that installs them, never a skipped test.
/// </summary>
public sealed class Browser : IDisposable
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHRONOLOGY_CHROMIUM") ?? "/usr/bin/chromium";
    public static readonly string DriverPath = Environment.GetEnvironmentVariable("CHRONOLOGY_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    private readonly string profile = Path.Combine(Path.GetTempPath(), "chronology-browser-profile", Guid.NewGuid().ToString("N"));

    public Browser()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath} and chromedriver at {DriverPath}. " +
                "Install them with: apt-get install -y chromium chromium-driver " +
                "(or point CHRONOLOGY_CHROMIUM and CHRONOLOGY_CHROMEDRIVER at them).");
        }

        Directory.CreateDirectory(profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--window-size=1366,768", "--force-device-scale-factor=1", $"--user-data-dir={profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(30);
        Viewport(1366, 768);
    }

    public ChromeDriver Driver { get; }

    /// <summary>The page's viewport in CSS pixels, as a laptop or a phone has it.</summary>
    public void Viewport(int width, int height, bool mobile = false) =>
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = mobile,
        });

    /// <summary>Turns the HTTP cache off (a first visit) or back on.</summary>
    public void Cache(bool enabled)
    {
        Driver.ExecuteCdpCommand("Network.enable", []);
        Driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = !enabled });
    }

    /// <summary>Opens a page of the explorer and waits until its first view is drawn.</summary>
    public void Open(Uri address)
    {
        Driver.Navigate().GoToUrl(address);
        WaitUntil(() => Js<bool>("return document.body.classList.contains('ready')"), "the explorer's first view (body.ready)");
    }

    public T Js<T>(string script, params object[] args) => (T)Convert.ChangeType(Driver.ExecuteScript(script, args), typeof(T), System.Globalization.CultureInfo.InvariantCulture)!;

    public void WaitUntil(Func<bool> condition, string what, int seconds = 20)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        try
        {
            wait.Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out after {seconds}s waiting for {what}. Status line: \"{StatusText()}\". Browser log: {string.Join(" | ", ReadLog())}");
        }
    }

    public string StatusText() => Driver.FindElements(By.Id("status")).FirstOrDefault()?.Text ?? "";

    /// <summary>The browser's console log since the last read.</summary>
    public IReadOnlyList<string> ReadLog() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Select(entry => $"{entry.Level}: {entry.Message}").ToList();

    /// <summary>
    /// Saves a screenshot beside the test binaries, and — with CHRONOLOGY_SCREENSHOTS=docs — into the
    /// repository's docs/screenshots, where the README shows them.
    /// </summary>
    public string SaveScreenshot(string name)
    {
        var toDocs = Environment.GetEnvironmentVariable("CHRONOLOGY_SCREENSHOTS") == "docs";
        var folder = (toDocs ? RepositoryFolder("docs", "screenshots") : null) ?? Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public static string? RepositoryFolder(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Chronology.sln")))
            {
                return Path.Combine([folder.FullName, .. parts]);
            }
        }

        return null;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; a temp leftover is harmless.
        }
    }
}
