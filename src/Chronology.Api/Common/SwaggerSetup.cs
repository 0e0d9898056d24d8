using Chronology.Api.Auth;
using Microsoft.OpenApi;

namespace Chronology.Api.Common;

/// <summary>The OpenAPI document (from the XML comments) and Swagger UI at /swagger.</summary>
public static class SwaggerSetup
{
    public static IServiceCollection AddChronologySwagger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = configuration["Api:Title"] ?? "Chronology API",
                Version = "v1",
                Description = configuration["Api:Description"],
            });

            foreach (var xml in new[] { "Chronology.Api.xml", "Chronology.Application.xml" })
            {
                var path = Path.Combine(AppContext.BaseDirectory, xml);
                if (File.Exists(path))
                {
                    swagger.IncludeXmlComments(path, includeControllerXmlComments: true);
                }
            }

            swagger.SupportNonNullableReferenceTypes();
            swagger.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An editor API key. Reads need none; every POST, PUT and DELETE does.",
            });
            swagger.OperationFilter<WriteOperationsFilter>();
        });
        return services;
    }

    /// <summary>
    /// The document and Swagger UI, on a branch that only /swagger requests enter: both middlewares match
    /// every request's path against their templates (one with a regex), which cost API reads a fifth of
    /// their CPU when they sat in the main pipeline.
    /// </summary>
    public static WebApplication UseChronologySwagger(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/swagger"), swagger => swagger
            .UseSwagger()
            .UseSwaggerUI(ui =>
            {
                ui.SwaggerEndpoint("/swagger/v1/swagger.json", "Chronology API v1");
                ui.DocumentTitle = "Chronology API";
                ui.EnableTryItOutByDefault();
                ui.DisplayRequestDuration();
            }));
        return app;
    }
}
