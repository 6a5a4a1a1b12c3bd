using System.Collections.Concurrent;
using System.Reflection;
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
internal readonly record struct WidgetKey(string Kind, WidgetArguments Arguments, string? Variant, string Id, string PathBase, bool Elsewhere)
{
    private static readonly ConcurrentDictionary<Type, ParameterInfo[]> s_parameters = new();

    /// <summary>The key of a view component called with <paramref name="arguments"/> (a record, an anonymous object or a dictionary).</summary>
    public static WidgetKey Of(HttpContext context, Type component, object? arguments, string id, string? variant = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(component);
        var parameters = s_parameters.GetOrAdd(component, static type =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(method => method.Name is "Invoke" or "InvokeAsync").GetParameters());
        return new(component.Name, WidgetArguments.Of(parameters, arguments), variant, id, context.Request.PathBase.Value ?? string.Empty, Http.ElsewhereForm.Of(context) is not null);
    }
}

/// <summary>A view component's argument values, in its parameters' order, with defaults for those not given; compared by value.</summary>
internal sealed class WidgetArguments : IEquatable<WidgetArguments>
{
    private readonly object?[] _values;

    private WidgetArguments(object?[] values) => _values = values;

    /// <summary>No arguments.</summary>
    public static WidgetArguments None { get; } = new([]);

    public static WidgetArguments Of(IReadOnlyList<ParameterInfo> parameters, object? arguments)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var given = arguments as IDictionary<string, object?>
            ?? arguments?.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(property => property.Name, property => property.GetValue(arguments))
            ?? [];
        var byName = new Dictionary<string, object?>(given, StringComparer.OrdinalIgnoreCase);
        return new(parameters.Select(parameter => byName.TryGetValue(parameter.Name!, out var value) ? value : parameter.HasDefaultValue ? parameter.DefaultValue : null).ToArray());
    }

    public bool Equals(WidgetArguments? other) => other is not null && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as WidgetArguments);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}

/// <summary>
/// What a kept widget (or feed) was made from: the change tokens of the content files it read, and anything else
/// (a published snapshot, a status, an address), compared as the same object or an equal value.
/// </summary>
/// <param name="Content">A token for each content file read, which fires when the file changes.</param>
/// <param name="Other">Everything else it was made from; none for output made from content files alone.</param>
internal sealed record WidgetSources(IReadOnlyList<Microsoft.Extensions.Primitives.IChangeToken> Content, object?[] Other)
{
    /// <summary>Whether it was made from content files alone, so whether it is current can be known without the widget.</summary>
    public bool ContentOnly => Other.Length == 0;

    /// <summary>Whether a content file it was made from has changed since.</summary>
    public bool ContentChanged => Content.Any(token => token.HasChanged);

    /// <summary>Whether the other sources are the same: the same objects or equal values, in the same order.</summary>
    public bool SameAs(WidgetSources kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return Other.Length == kept.Other.Length && Other.Select((source, i) => ReferenceEquals(source, kept.Other[i]) || Equals(source, kept.Other[i])).All(same => same);
    }
}
