using Chronology.Api.Auth;
using Chronology.Api.Events.Exports;
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
                Contact = new OpenApiContact
                {
                    Name = configuration["Api:ContactName"] ?? "Chronology maintainers",
                    Url = Uri.TryCreate(configuration["Api:ContactUrl"], UriKind.Absolute, out var url) ? url : null,
                    Email = configuration["Api:ContactEmail"] is { Length: > 0 } email ? email : null,
                },
                // The repository has no LICENSE file and the README names none: MIT, the usual choice for a public data API's code.
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            swagger.CustomOperationIds(OperationIds.For);
            swagger.DescribeAllParametersInCamelCase();

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
            swagger.AddSecurityDefinition(OperationSecurityFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A bearer token (JWT) from the identity provider named by Auth:Jwt:Authority, where one is configured; it needs the editor role.",
            });
            swagger.OperationFilter<OperationSecurityFilter>();
            swagger.OperationFilter<JsonResponsesFilter>();
            swagger.OperationFilter<EventExportsOperationFilter>();
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
            .UseSwagger(document => document.PreSerializeFilters.Add((openApi, request) => openApi.Servers =
            [
                // The server the document was fetched from, so that Swagger UI calls this instance wherever it runs;
                // the committed docs/openapi.json is fetched as a local `dotnet run` would serve it.
                new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "The server this document was fetched from (in the committed docs/openapi.json: a local `dotnet run`)" },
            ]))
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
