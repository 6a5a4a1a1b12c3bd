using System.Globalization;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Accessibility;

/// <summary>What the statement page (<c>Views/CoProWidgets/Accessibility/Statement.cshtml</c>) shows.</summary>
/// <param name="Settings">The site's settings: who it is from, how to ask for another format, its dates.</param>
/// <param name="Prepared">The day it was prepared, written in the reader's language.</param>
/// <param name="Reviewed">The day it was last reviewed, or null.</param>
internal sealed record AccessibilityStatementViewModel(CoProAccessibilityStatementOptions Settings, string Prepared, string? Reviewed);

/// <summary>The accessibility statement's page, mapped only when the host turns it on.</summary>
internal static class AccessibilityStatementPage
{
    /// <summary>The route's name, for links to it.</summary>
    public const string Route = "CoProWidgets.AccessibilityStatement";

    private const string View = "~/Views/CoProWidgets/Accessibility/Statement.cshtml";

    public static void Map(IEndpointRouteBuilder group, CoProWidgetsOptions options)
    {
        if (options.AccessibilityStatement.Enabled)
        {
            group.MapGet("/accessibility", ShowAsync).WithName(Route);
        }
    }

    /// <summary>The statement's path for a link, or null when the host has not turned it on.</summary>
    public static string? Link(HttpContext context, CoProWidgetsOptions options, SiteLinks links) =>
        options.AccessibilityStatement.Enabled ? links.Path(context, Route) : null;

    private static Task<IResult> ShowAsync(HttpContext context, LibraryPageRenderer pages, IOptions<CoProWidgetsOptions> options, IStringLocalizer<AccessibilityText> text)
    {
        var settings = options.Value.AccessibilityStatement;
        var model = new AccessibilityStatementViewModel(settings, Date(settings.Prepared!.Value), settings.Reviewed is { } reviewed ? Date(reviewed) : null);
        return pages.RenderAsync(context, View, model, text["Title"]);
    }

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
