using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Chronology.Api.Common;

/// <summary>
/// Lists JSON answers as application/json only. MVC's formatters would also offer text/plain and text/json for
/// every JSON answer, which tells an integrator nothing and makes code generators emit three copies.
/// </summary>
public sealed class JsonResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            if (response.Content is { } content && content.ContainsKey("application/json"))
            {
                content.Remove("text/plain");
                content.Remove("text/json");
            }
        }
    }
}
