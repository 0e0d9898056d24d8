using Chronology.Application.Changes;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.Application;

public static class DependencyInjection
{
    /// <summary>The use-case services and their validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ChangeService>();
        services.AddScoped<EventService>();
        services.AddScoped<EventQueryBuilder>();
        services.AddScoped<PlaceService>();
        services.AddScoped<ForceService>();
        services.AddScoped<SourceService>();
        services.AddScoped<EventReferenceChecker>();
        services.AddScoped<ExtractionService>();
        services.AddScoped<ProposalMatcher>();
        services.AddScoped<ProposalService>();
        services.AddScoped<SourceImportService>();

        // Messages name members as clients write them: "'start'", not "'Start'".
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        // Validators hold no state and are costly to build (expression trees per rule): one instance each.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
