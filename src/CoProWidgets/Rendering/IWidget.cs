using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// One widget, described once: everything that lists widgets (the embed endpoints, the start-up warm-up, the route
/// mapping and the services) loops over these, so adding a widget is its own folder and one registration line
/// (<c>AddWidget&lt;T&gt;()</c> in <c>AddCoProWidgets</c>).
/// </summary>
internal interface IWidget
{
    /// <summary>The name an embed snippet gives it (<c>data-copro-widget</c>): principles, get-involved, ...</summary>
    string Kind { get; }

    /// <summary>
    /// What people choose it by, wherever a widget is chosen: the staff pages, the manifest, the CMS plugins. In the
    /// language shown (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>), read on each use.
    /// </summary>
    string Label { get; }

    /// <summary>What the link standing in its place says, until it arrives and for visitors without JavaScript; in the language shown.</summary>
    string LinkText { get; }

    /// <summary>Whether it shows a content file by name, and the named routes of its own pages.</summary>
    WidgetAddress Address { get; }

    /// <summary>The tag helpers that place it on a Razor page (public types, each <c>copro-*</c>).</summary>
    IReadOnlyList<Type> TagHelpers { get; }

    /// <summary>The content files it owns, for the staff content and preview pages; null when it shows another's.</summary>
    WidgetFiles? Files => null;

    /// <summary>Its form's handler, for widgets with a form that posts; null for the rest.</summary>
    IWidgetForm? Form => null;

    /// <summary>Adds the services the widget needs (none by default). Called once, by <c>AddWidget&lt;T&gt;()</c>.</summary>
    static virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// The view component and typed arguments for <paramref name="name"/>, or null when the widget takes no name and
    /// one was given, or needs one and none was. The name, when given, is a valid content name.
    /// </summary>
    WidgetCall? Call(string? name, int? headingLevel);

    /// <summary>
    /// The title of what the widget shows for <paramref name="name"/>, for a page's or a frame's title, or null when
    /// its content has no good version, so there is nothing to show (404).
    /// </summary>
    string? Title(string? name);

    /// <summary>Maps the widget's own endpoints under the library's route group.</summary>
    void Map(RouteGroupBuilder group);

    /// <summary>Reads the widget's content once at start, so problems reach the log before the first visitor.</summary>
    void WarmUp();
}

/// <summary>A widget as one page or request asks for it: its view component and that component's typed arguments.</summary>
/// <param name="Widget">The widget.</param>
/// <param name="Name">The content name, if the widget takes one.</param>
/// <param name="Component">The view component that renders it, the same one its tag helper uses.</param>
/// <param name="Arguments">The view component's arguments, a record whose properties are its parameters.</param>
internal sealed record WidgetCall(IWidget Widget, string? Name, Type Component, object Arguments);
