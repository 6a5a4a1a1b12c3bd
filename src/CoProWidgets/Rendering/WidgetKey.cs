using System.Collections.Concurrent;
using System.Reflection;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Rendering;

/// <summary>
/// What one kept widget is kept under in <see cref="WidgetCache"/>: which widget, called with which arguments, and
/// where. A tag helper or endpoint calling a view component with a typed arguments record, and a page calling it with
/// an anonymous object, make the same key, so one entry serves both.
/// </summary>
/// <param name="Kind">The view component's type name, or what else is kept (the outcomes feed).</param>
/// <param name="Arguments">The view component's arguments, in its parameters' order.</param>
/// <param name="Variant">What else the output depends on (the outcomes list's filters, page and path), or null.</param>
/// <param name="Id">The page-unique id it gets.</param>
/// <param name="PathBase">The request's path base, which its links start with.</param>
/// <param name="Elsewhere">Whether it is shown on another site.</param>
/// <param name="Path">The request path its links carry (the outcomes list's; on another site, the embed address the language switcher's links lead to), or null when they carry none.</param>
/// <param name="Language">The language it is shown in (<see cref="LanguageTag.Current"/>): its words and its content file's variant.</param>
/// <param name="Format">The format its content file is shown in (<see cref="ContentVariant.CurrentFormat"/>).</param>
internal readonly record struct WidgetKey(string Kind, WidgetArguments Arguments, string? Variant, string Id, string PathBase, bool Elsewhere, string? Path = null, string Language = LanguageTag.Default, ContentFormat Format = ContentFormat.Standard)
{
    private static readonly ConcurrentDictionary<Type, ParameterInfo[]> s_parameters = new();

    /// <summary>
    /// The key of a view component called with <paramref name="arguments"/> (a record, an anonymous object or a
    /// dictionary), each held to the range its parameter declares, as the component holds it.
    /// </summary>
    public static WidgetKey Of(HttpContext context, Type component, object? arguments, string id, string? variant = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(component);
        var parameters = s_parameters.GetOrAdd(component, static type =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(method => method.Name is "Invoke" or "InvokeAsync").GetParameters());
        return new(component.Name, WidgetArguments.Of(parameters, arguments), variant, id, context.Request.PathBase.Value ?? string.Empty, ElsewhereForm.Of(context) is not null, LanguageSwitcher.Place(ElsewhereForm.Of(context)?.Url) ?? path, LanguageTag.Current, ContentVariant.CurrentFormat);
    }
}
