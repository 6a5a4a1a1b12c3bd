using CoProWidgets.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CoProWidgets.Rendering;

/// <summary>
/// Every widget, in the order they were added, with their page addresses read from the routes they mapped: the
/// templates the manifest publishes are made from the route patterns (the mirror of the links <see cref="LinkGenerator"/>
/// builds), and an address is turned back into its widget by the routing system's <see cref="LinkParser"/>.
/// </summary>
internal sealed class WidgetRegistry(IEnumerable<IWidget> widgets, EndpointDataSource endpoints, LinkParser parser)
{
    /// <summary>The parameter a named page's route takes the content name in.</summary>
    public const string NameParameter = "name";

    /// <summary>Every widget, in the order they were added.</summary>
    public IReadOnlyList<IWidget> All { get; } = [.. widgets];

    /// <summary>The widget of a kind, or null.</summary>
    public IWidget? Find(string? kind) => All.FirstOrDefault(widget => widget.Kind == kind);

    /// <summary>
    /// The path template of a named route, from the site's root without its path base (<c>/copro/surveys/{name}</c>),
    /// or null when no endpoint has that name (the route was not mapped).
    /// </summary>
    public string? Template(string? route)
    {
        if (route is null || Endpoint(route) is not { } endpoint)
        {
            return null;
        }

        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments);
    }

    /// <summary>
    /// The widget whose own page <paramref name="path"/> is (without the path base), and the content name in it; null
    /// when it is no widget's page or its name is not a valid content name.
    /// </summary>
    public WidgetPage? Parse(PathString path)
    {
        foreach (var widget in All)
        {
            if (Match(widget.Address.NamedPage, path) is { } named && named[NameParameter] is string name && ContentName.IsValid(name))
            {
                return new(widget, name);
            }

            if (Match(widget.Address.UnnamedPage, path) is not null)
            {
                return new(widget, null);
            }
        }

        return null;
    }

    private RouteValueDictionary? Match(string? route, PathString path) =>
        route is null ? null : parser.ParsePathByEndpointName(route, path);

    private RouteEndpoint? Endpoint(string route) =>
        endpoints.Endpoints.OfType<RouteEndpoint>().FirstOrDefault(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == route);
}

/// <summary>A widget's own page, as an address names it.</summary>
/// <param name="Widget">The widget.</param>
/// <param name="Name">The content name, for a named page.</param>
internal sealed record WidgetPage(IWidget Widget, string? Name);
