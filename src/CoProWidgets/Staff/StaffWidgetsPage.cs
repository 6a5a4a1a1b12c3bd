using System.Reflection;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// Placing the widgets (<c>{prefix}/staff/widgets</c>): for each widget in the registry, what to paste on another
/// site, on an ASP.NET Core page and in WordPress, with this site's own addresses and the content it has now, and the
/// WordPress plugin's settings.
/// </summary>
internal static class StaffWidgetsPage
{
    public const string Route = "CoProWidgets.StaffWidgets";
    private const string View = "~/Views/CoProWidgets/Staff/Widgets.cshtml";
    private const string ExampleName = "file-name";

    public static void Map(RouteGroupBuilder staff) => staff.MapGet("/widgets", ShowAsync).WithName(Route);

    private static Task<IResult> ShowAsync(HttpContext context, WidgetRegistry widgets, IOptions<CoProWidgetsOptions> options, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var site = SiteAddress.Of(context.Request, options.Value);
        var origin = site.GetLeftPart(UriPartial.Authority);
        var pathBase = context.Request.PathBase;
        var rows = widgets.All.Select(widget =>
        {
            var names = widget.Files?.Names().OfType<string>().Order(StringComparer.Ordinal).ToList() ?? [];
            var name = widget.Address.Naming == WidgetNaming.Required ? names.FirstOrDefault() ?? ExampleName : null;
            var template = widgets.Template(name is null ? widget.Address.UnnamedPage : widget.Address.NamedPage) ?? string.Empty;
            var page = $"{origin}{pathBase}{template.Replace($"{{{WidgetRegistry.NameParameter}}}", name, StringComparison.Ordinal)}";
            var named = name is null ? string.Empty : $" data-copro-name=\"{name}\"";
            var tag = widget.TagHelpers.Select(type => type.GetCustomAttribute<HtmlTargetElementAttribute>()?.Tag).FirstOrDefault();
            return new StaffWidgetRow(
                widget.Label,
                widget.Kind,
                widget.Address.Naming switch
                {
                    WidgetNaming.None => text["Widgets.Names.None"],
                    _ when names.Count == 0 => text["Widgets.Names.Example"],
                    WidgetNaming.Optional => text["Widgets.Names.Optional", string.Join(", ", names)],
                    _ => text["Widgets.Names.Required", string.Join(", ", names)],
                },
                $"<div data-copro-widget=\"{widget.Kind}\"{named}><a href=\"{page}\">{widget.LinkText}</a></div>",
                tag is null ? string.Empty : $"<{tag}{(name is null ? string.Empty : $" name=\"{name}\"")} />",
                $"[copro widget=\"{widget.Kind}\"{(name is null ? string.Empty : $" name=\"{name}\"")}]");
        }).ToList();
        var model = new StaffWidgetsViewModel(
            $"{origin}{pathBase}",
            options.Value.RoutePrefix,
            $"<script src=\"{origin}{pathBase}/_content/CoProWidgets/copro.js\" data-copro-prefix=\"{options.Value.RoutePrefix}\" async></script>",
            rows)
        {
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
        };
        return pages.RenderAsync(context, View, model, text["Widgets.Title"]);
    }
}

/// <summary>What the page for placing widgets (<c>Views/CoProWidgets/Staff/Widgets.cshtml</c>) shows.</summary>
/// <param name="SiteAddress">This site's address, for the WordPress plugin's "widget site address".</param>
/// <param name="RoutePrefix">The library's route prefix, for the plugin's "route prefix".</param>
/// <param name="Script">The embed script's tag, once on a page that shows widgets.</param>
/// <param name="Widgets">Each widget, as the registry lists them.</param>
public sealed record StaffWidgetsViewModel(string SiteAddress, string RoutePrefix, string Script, IReadOnlyList<StaffWidgetRow> Widgets)
{
    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;
}

/// <summary>One widget, and what to paste to show it.</summary>
/// <param name="Label">What it is called.</param>
/// <param name="Kind">Its kind, the snippet's <c>data-copro-widget</c>.</param>
/// <param name="Names">Which names it takes, with the content files there are now.</param>
/// <param name="Snippet">The snippet for any site (with the script), showing a link until the widget arrives.</param>
/// <param name="TagHelper">The tag helper for an ASP.NET Core page on this site.</param>
/// <param name="Shortcode">The WordPress plugin's shortcode.</param>
public sealed record StaffWidgetRow(string Label, string Kind, string Names, string Snippet, string TagHelper, string Shortcode);
