using Chronology.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Chronology.Api.Common;

/// <summary>
/// Declares the security of every operation: public reads an empty list (no credentials), writes an editor
/// API key or a bearer token, with their 401 and 403 answers. Swagger UI then sends the key ("Authorize") only
/// where it is needed.
/// </summary>
public sealed class OperationSecurityFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var needsEditor = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AuthorizeAttribute>().Any();
        if (!needsEditor)
        {
            operation.Security = [];
            return;
        }

        // Either scheme will do: two requirements, not one requirement naming both.
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No X-Api-Key header (or bearer token), or it is not valid." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The key or token is valid but lacks the editor role." });
    }
}
