namespace CoProWidgets.Localisation;

/// <summary>
/// The languages the library's own words are translated into, besides British English: Welsh, Polish and Urdu. Every
/// key of every resource file has a translation in each (<c>TranslationTests</c>); a site can add its own.
/// </summary>
internal static class ShippedLanguages
{
    public static readonly IReadOnlyList<string> Translations = ["cy", "pl", "ur"];
}
