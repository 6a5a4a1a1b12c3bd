using System.Globalization;

namespace CoProWidgets.DependencyInjection;

/// <summary>The languages the site offers: known language tags, each once, and a bounded number of them.</summary>
internal sealed partial class CoProWidgetsOptionsValidator
{
    private static void ValidateLanguages(CoProWidgetsOptions options, List<string> failures)
    {
        var languages = options.Languages;
        if (languages.Count > CoProWidgetsOptions.MaxLanguages)
        {
            failures.Add($"{Section}:Languages lists {languages.Count} languages; the most allowed is {CoProWidgetsOptions.MaxLanguages}.");
            return;
        }

        foreach (var tag in languages)
        {
            if (!IsKnownLanguage(tag))
            {
                failures.Add($"{Section}:Languages has '{tag}', which is not a language tag .NET knows. Use tags such as 'en-GB', 'cy', 'pl' or 'ur'.");
            }
        }

        foreach (var duplicate in languages.GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            failures.Add($"{Section}:Languages lists '{duplicate.Key}' more than once. List each language once.");
        }
    }

    private static bool IsKnownLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || tag.Length > 20 || tag.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
