using Chronology.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Chronology.Api.Common;

/// <summary>Marks the operations that need an editor key, so Swagger UI sends the key ("Authorize") and lists 401/403.</summary>
public sealed class WriteOperationsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var needsEditor = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AuthorizeAttribute>().Any();
        if (!needsEditor)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No X-Api-Key header, or the key is not valid." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The key is valid but lacks the editor role." });
    }
}
