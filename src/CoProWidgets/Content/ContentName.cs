using System.Text.RegularExpressions;

namespace CoProWidgets.Content;

/// <summary>
/// The names widgets use to find their files (<c>principles/&lt;name&gt;.md</c>): letters, digits, '-' and '_',
/// at most 64 characters, so a name can never reach outside the content folder.
/// </summary>
internal static partial class ContentName
{
    public const int MaxLength = 64;

    /// <summary>The rule as a regular expression without anchors, for the manifest's readers in other languages.</summary>
    public const string Rule = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    // \z, not $: $ also matches before a final newline, so "name\n" would pass.
    [GeneratedRegex(@"\A" + Rule + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
