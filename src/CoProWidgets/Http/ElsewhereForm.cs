using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Http;

/// <summary>
/// A request for a widget shown somewhere other than this site's own pages (another site, through the embed
/// endpoints). Its form posts to its own address and proves where it came from with a token of its own, because the
/// antiforgery cookie is not kept there. The widgets and <see cref="FormGuard"/> read it through this type, so they
/// need not know how embedding works; the embed folder attaches it.
/// </summary>
/// <param name="Url">The address, path and query, where the widget's form posts.</param>
internal abstract record ElsewhereForm(string Url)
{
    private static readonly object s_key = new();

    /// <summary>The form field that carries <see cref="CreateToken"/>'s token.</summary>
    public abstract string TokenField { get; }

    public static ElsewhereForm? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(s_key, out var value) ? value as ElsewhereForm : null;
    }

    public void AttachTo(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[s_key] = this;
    }

    /// <summary>The token a form shown here carries in <see cref="TokenField"/>.</summary>
    public abstract string CreateToken(IServiceProvider services);

    /// <summary>Whether a posted token was made by <see cref="CreateToken"/> for a form shown this way.</summary>
    public abstract bool IsValid(IServiceProvider services, string? token);
}
