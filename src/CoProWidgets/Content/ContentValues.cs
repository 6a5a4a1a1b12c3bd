using System.Security.Cryptography;
using System.Text;

namespace CoProWidgets.Content;

/// <summary>
/// The values every content file writes the same way, whether in front matter or in a question's settings: yes/no,
/// a choice from a list (written kebab-case), and the version hash of a text. One reading and one message for each,
/// so an editor who learns one file type has learned them all.
/// </summary>
internal static class ContentValues
{
    /// <summary>Reads yes or no (true and false also accepted).</summary>
    public static bool YesNo(ContentFile file, int line, string key, string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" => true,
        "no" or "false" => false,
        var other => throw file.Error(line, ContentErrorText.Of("Value.YesNo", key, other)),
    };

    /// <summary>Reads one of an enum's values, written kebab-case (<c>InProgress</c> is <c>in-progress</c>).</summary>
    public static TEnum Choice<TEnum>(ContentFile file, int line, string key, string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Kebab(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(value => Kebab(value)));
        throw file.Error(line, ContentErrorText.Of("Value.Unknown", key, text, allowed));
    }

    /// <summary>An enum value as content files write it: <c>InProgress</c> is <c>in-progress</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// The version of a text: the first 16 hex digits of its SHA-256, stored beside what people sent (a survey's
    /// responses, a sign-up's consent) so a later change to the words shows in the record.
    /// </summary>
    public static string Version(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
