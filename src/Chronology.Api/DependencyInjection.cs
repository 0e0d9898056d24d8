using System.Text.Json;
using System.Text.Json.Serialization;
using Chronology.Api.Auth;
using Chronology.Api.Common;
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
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddChronologyAuth(builder.Configuration);
        builder.Services.AddChronologySwagger(builder.Configuration);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    /// <summary>The request pipeline, outermost first.</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        // Request logging outermost, so it records the status the client finally got.
        app.UseSerilogRequestLogging(RequestLogging.Configure);
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.UseChronologySwagger();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapChronologyHealthChecks();
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
