using Chronology.Api;
using Chronology.Application;
using Chronology.Infrastructure;
using Chronology.Infrastructure.Persistence;

// The content root is the application folder, so the top-level appsettings.json, copied beside the
// binaries at build time, is the configuration read wherever the service is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

// The layers: use cases, persistence, then HTTP (controllers, errors, Swagger, logging, health).
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.AddApi();

var app = builder.Build();
app.UseApi();

// Create, migrate and seed the database before the first request is served.
await app.Services.InitializeDatabaseAsync();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
