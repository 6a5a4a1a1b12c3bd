namespace CoProWidgets.Localisation;

/// <summary>The languages a site offers: <see cref="CoProWidgetsOptions.Languages"/>, or its default when it is empty.</summary>
internal static class OfferedLanguages
{
    /// <summary>British English, the default file's language, and the languages the library's words are translated into.</summary>
    public static IReadOnlyList<string> Default { get; } = [LanguageTag.Default, .. ShippedLanguages.Translations];

    public static IReadOnlyList<string> Of(CoProWidgetsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Languages.Count == 0 ? Default : [.. options.Languages];
    }
}
