using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Chronology.Api.Common;

/// <summary>
/// The operationId of every operation, for generated clients: <c>listEvents</c>, <c>getEvent</c>, <c>createEvent</c>,
/// <c>updateEvent</c>, <c>deleteEvent</c>, <c>getEventHistory</c>, <c>getEventStats</c>, and the same for places, forces
/// and sources. A route name, where an action has one, wins; an action of another name gets its name and the
/// controller's (<c>importSources</c>).
/// </summary>
public static class OperationIds
{
    public static string For(ApiDescription api)
    {
        if (api.ActionDescriptor.AttributeRouteInfo?.Name is { Length: > 0 } routeName)
        {
            return routeName;
        }

        if (api.ActionDescriptor is not ControllerActionDescriptor action)
        {
            return $"{api.HttpMethod?.ToLowerInvariant()}{api.RelativePath?.Replace("/", "_", StringComparison.Ordinal)}";
        }

        var plural = action.ControllerName;
        var singular = plural.EndsWith('s') ? plural[..^1] : plural;
        return action.ActionName switch
        {
            "List" => $"list{plural}",
            "Get" or "Create" or "Update" or "Delete" => $"{CamelCase(action.ActionName)}{singular}",
            "History" or "Stats" => $"get{singular}{action.ActionName}",
            _ => $"{CamelCase(action.ActionName)}{plural}",
        };
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
