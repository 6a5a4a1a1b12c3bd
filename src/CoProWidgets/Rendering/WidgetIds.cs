using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Rendering;

/// <summary>Hands out ids that are unique within one response, so two widgets on a page never share one.</summary>
internal static class WidgetIds
{
    private static readonly object s_key = new();

    /// <summary>The id <see cref="Next"/> will give, without taking it.</summary>
    public static string Peek(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"copro-{(context.Items.TryGetValue(s_key, out var value) ? (int)value! + 1 : 1)}";
    }

    public static string Next(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var next = context.Items.TryGetValue(s_key, out var value) ? (int)value! + 1 : 1;
        context.Items[s_key] = next;
        return $"copro-{next}";
    }
}
