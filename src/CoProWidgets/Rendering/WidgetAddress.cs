namespace CoProWidgets.Rendering;

/// <summary>Whether a widget shows a content file by name.</summary>
internal enum WidgetNaming
{
    /// <summary>It shows one thing and takes no name (the get-involved sign-up).</summary>
    None,

    /// <summary>It shows one content file, named (a survey, a principles panel).</summary>
    Required,

    /// <summary>With a name one file, without one everything of its kind (the outcomes).</summary>
    Optional,
}

/// <summary>
/// A widget's address grammar: whether it takes a name, and the route names of its own pages, the page a snippet's
/// link opens for visitors without JavaScript, and the address a CMS turns back into the widget. Templates come from
/// the routes themselves (<see cref="WidgetRegistry"/>), so nothing outside the widget's <c>Map</c> spells a path.
/// </summary>
/// <param name="Naming">Whether it takes a name.</param>
/// <param name="NamedPage">The route of its page for a name, with a <c>{name}</c> parameter; null when it takes none.</param>
/// <param name="UnnamedPage">The route of its page without a name; null when it needs one.</param>
internal sealed record WidgetAddress(WidgetNaming Naming, string? NamedPage, string? UnnamedPage)
{
    /// <summary>A widget that needs a name, with its page's route.</summary>
    public static WidgetAddress Named(string page) => new(WidgetNaming.Required, page, null);

    /// <summary>A widget that takes no name, with its page's route.</summary>
    public static WidgetAddress Unnamed(string page) => new(WidgetNaming.None, null, page);

    /// <summary>A widget that may take a name, with the routes of its pages with and without one.</summary>
    public static WidgetAddress Optional(string named, string unnamed) => new(WidgetNaming.Optional, named, unnamed);

    /// <summary>Whether <paramref name="name"/> (null for none) is one this widget can take, before any content lookup.</summary>
    public bool Takes(string? name) => name is null ? Naming != WidgetNaming.Required : Naming != WidgetNaming.None;
}
