using Microsoft.Extensions.Localization;

namespace CoProWidgets.Audit;

/// <summary>
/// The audit log's actions in words, in <c>Resources/Audit/AuditText.resx</c> and its translations, keyed
/// <c>Actions.ResponseEntered</c> for the stored <c>response-entered</c>. The English words are the stored names
/// themselves, which staff already know and search exports for.
/// </summary>
internal sealed class AuditText;

/// <summary>What the staff workspace shows for a stored action.</summary>
internal static class AuditActionWords
{
    /// <summary>The action in the page's language; one this version does not know (an older name) as stored.</summary>
    public static string Describe(IStringLocalizer<AuditText> text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(action);
        var key = "Actions." + string.Concat(action.Split('-').Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
        var words = text[key];
        return words.ResourceNotFound ? action : words.Value;
    }
}
