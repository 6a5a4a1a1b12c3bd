using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CoProWidgets.Rendering;

/// <summary>
/// A view component's argument values, in its parameters' order, with defaults for those not given, compared by value.
/// A whole number is held to its parameter's <see cref="RangeAttribute"/>, as the component holds it, so a request
/// asking for heading level 6, 7, ... 1005 makes the one key of level 5, not a thousand.
/// </summary>
internal sealed class WidgetArguments : IEquatable<WidgetArguments>
{
    // One entry per arguments type: the library's records and the anonymous objects of a host's pages.
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    private static readonly ConcurrentDictionary<ParameterInfo, RangeAttribute?> s_ranges = new();

    private readonly object?[] _values;

    private WidgetArguments(object?[] values) => _values = values;

    /// <summary>No arguments.</summary>
    public static WidgetArguments None { get; } = new([]);

    public static WidgetArguments Of(IReadOnlyList<ParameterInfo> parameters, object? arguments)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new object?[parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = parameters[i];
            values[i] = Find(arguments, parameter.Name!, out var value) ? InRange(parameter, value) : parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        return new(values);
    }

    private static object? InRange(ParameterInfo parameter, object? value) =>
        value is int number && s_ranges.GetOrAdd(parameter, static p => p.GetCustomAttribute<RangeAttribute>()) is { Minimum: int min, Maximum: int max }
            ? Math.Clamp(number, min, max)
            : value;

    // By name, ignoring case, as MVC binds a view component's parameters: from a dictionary, or an object's properties.
    private static bool Find(object? arguments, string name, out object? value)
    {
        value = null;
        if (arguments is IDictionary<string, object?> dictionary)
        {
            foreach (var (key, given) in dictionary)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = given;
                    return true;
                }
            }

            return false;
        }

        if (arguments is null)
        {
            return false;
        }

        var property = s_properties.GetOrAdd(arguments.GetType(), static type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase));
        value = property?.GetValue(arguments);
        return property is not null;
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
