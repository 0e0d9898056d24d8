using System.Text.Json;
using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Api.Common.Caching;
using Chronology.Api.Events;
using Chronology.Api.Explorer;
using Chronology.Application.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog;

namespace Chronology.Api;

public static class DependencyInjection
{
    /// <summary>Controllers, JSON, problem details, Swagger, Serilog and health checks.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));

        builder.Services.AddControllers()
            .AddJsonOptions(json => ConfigureJson(json.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = ProblemResponses.FromModelState);

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemResponses.Customize);
        builder.Services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddChronologyAuth(builder.Configuration);
        builder.Services.AddChronologyRateLimiting(builder.Configuration);
        builder.Services.AddChronologyCors(builder.Configuration);
        builder.Services.AddOptions<AnswerCacheOptions>().BindConfiguration(AnswerCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var answerCache = builder.Configuration.GetSection(AnswerCacheOptions.SectionName).Get<AnswerCacheOptions>() ?? new AnswerCacheOptions();
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = answerCache.MaxMegabytes * 1024L * 1024L);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(
            builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 15)));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BodyLimits.Source);
        builder.Services.AddChronologySwagger(builder.Configuration);
        builder.Services.AddExplorer();
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        ApiJson.Configure(json);
        json.Converters.Add(new EventResponseJsonConverter());
    }

    /// <summary>The request pipeline, outermost first.</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        // Behind a reverse proxy, take the client's address and scheme from X-Forwarded-* (rate limits are per client).
        if (app.Configuration.GetValue("Proxy:TrustForwardedHeaders", false))
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        // Request logging outermost, so it records the status the client finally got.
        app.UseSerilogRequestLogging(RequestLogging.Configure);
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.UseSecurityHeaders();
        app.UseExplorer();
        app.UseChronologySwagger();
        app.UseCors(SecurityHeaders.CorsPolicy);
        app.UseAuthentication();
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            // Off means off: not a partitioned limiter (and its lock) that hands every request a no-op lease.
            app.UseRateLimiter();
        }

        app.UseAuthorization();
        app.MapControllers();
        app.MapChronologyHealthChecks();
        return app;
    }
}
