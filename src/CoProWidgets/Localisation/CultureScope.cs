using System.Globalization;

namespace CoProWidgets.Localisation;

/// <summary>
/// Renders something in a person's own language rather than the request's: an email to a sign-up goes out in the
/// language they signed up in, whoever's request or which background job sends it.
/// </summary>
internal static class CultureScope
{
    /// <summary>
    /// Until disposed, and only in this asynchronous flow, <see cref="CultureInfo.CurrentCulture"/> and
    /// <see cref="CultureInfo.CurrentUICulture"/> are <paramref name="languageTag"/>'s; a tag that names no culture
    /// leaves them as they are.
    /// </summary>
    public static IDisposable Use(string? languageTag)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (Culture(languageTag) is { } culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        return new Restore(previous.CurrentCulture, previous.CurrentUICulture);
    }

    private static CultureInfo? Culture(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private sealed class Restore(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
