using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// The service as a real operating-system process (<c>dotnet Chronology.Api.dll</c>) on a loopback
/// port, for tests that kill or stop it. Output is kept for failure messages.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private ServiceProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ChronologyApiFactory.EditorKey);
    }

    public int Port { get; }

    /// <summary>A client that sends the editor key.</summary>
    public HttpClient Client { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<ServiceProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", ["Chronology.Api.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Chronology"] = database.ConnectionString;
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Auth__ApiKeys__0__Name"] = ChronologyApiFactory.EditorName;
        start.Environment["Auth__ApiKeys__0__Sha256"] = ChronologyApiFactory.Sha256(ChronologyApiFactory.EditorKey);
        start.Environment["Auth__ApiKeys__0__Roles__0"] = "editor";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var service = new ServiceProcess(Process.Start(start)!, port);
        service.process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync();
        return service;
    }

    /// <summary>Sends a signal (e.g. "TERM", "KILL") to the process.</summary>
    public void Signal(string signal) => Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        Client.Dispose();
        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The service did not become ready. Output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
