using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Principles;

/// <summary>The principles panel: <c>principles/&lt;name&gt;.md</c>, on a page, as a fragment and embedded.</summary>
internal sealed class PrinciplesWidget(PrinciplesProvider principles, IStringLocalizer<PrinciplesText> text) : IWidget
{
    public const string FragmentRoute = "CoProWidgets.Principles";
    public const string PageRoute = "CoProWidgets.PrinciplesPage";
    private const string PageView = "~/Views/CoProWidgets/Principles/Principles.cshtml";

    public string Kind => "principles";

    public string Label => text["Widget.Label"];

    public string LinkText => text["Widget.LinkText"];

    public WidgetAddress Address { get; } = WidgetAddress.Named(PageRoute);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(PrinciplesTagHelper)];

    // Made on each use, so its label is in the language of the page that shows it.
    public WidgetFiles Files => new(
        text["Widget.Files"],
        principles.Names,
        name => PrinciplesProvider.PathOf(name!),
        name => ContentState.Of(principles.Get(name!)));

    public static void AddServices(IServiceCollection services) => services.TryAddSingleton<PrinciplesProvider>();

    public WidgetCall? Call(string? name, int? headingLevel) =>
        name is null ? null : new(this, name, typeof(PrinciplesViewComponent), new PrinciplesArguments(name, headingLevel));

    public string? Title(string? name) => name is null ? null : principles.Get(name).Value?.Title;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/principles/{name}", (string name, int? headingLevel, HttpContext context) => WidgetPages.FragmentAsync(context, this, name, headingLevel))
            .WithName(FragmentRoute);
        group.MapGet("/principles/{name}/page", (string name, HttpContext context) => WidgetPages.ShowAsync(context, this, name, PageView, new PrinciplesPage(name), text["Page.NotFoundTitle"]))
            .WithName(PageRoute);
    }

    public void WarmUp()
    {
        foreach (var name in principles.Names())
        {
            principles.Get(name);
        }
    }
}

/// <summary>The principles panel's view component arguments.</summary>
/// <param name="Name">The file's name, without <c>.md</c>.</param>
/// <param name="HeadingLevel">The level of the panel's title heading, 1 to 5, or null for the default.</param>
internal sealed record PrinciplesArguments(string? Name, int? HeadingLevel);
