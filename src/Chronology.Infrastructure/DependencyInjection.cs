using Chronology.Application.Audit;
using Chronology.Application.Changes;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using Chronology.Application.Writing;
using Chronology.Infrastructure.Audit;
using Chronology.Infrastructure.Events;
using Chronology.Infrastructure.Forces;
using Chronology.Infrastructure.Idempotency;
using Chronology.Infrastructure.Persistence;
using Chronology.Infrastructure.Places;
using Chronology.Infrastructure.Proposals;
using Chronology.Infrastructure.Seed;
using Chronology.Infrastructure.Sources;
using Chronology.Infrastructure.Sources.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database, the repositories, the seeder and the database health check.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddChronologyDbContext(configuration);

        services.AddScoped<IEventRepository, EventRepository>();
        services.AddScoped<IPlaceRepository, PlaceRepository>();
        services.AddScoped<IForceRepository, ForceRepository>();
        services.AddScoped<ISourceRepository, SourceRepository>();
        services.AddScoped<IProposalRepository, ProposalRepository>();
        services.AddSingleton<IDocumentReader, DocumentReader>();
        services.AddScoped<ChronologySeeder>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IChangeFeed, ChangeFeed>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();

        services.AddHealthChecks().AddDbContextCheck<ChronologyDbContext>("database", tags: ["ready"]);
        return services;
    }
}
