using System.Globalization;
using System.Text;

namespace CoProWidgets.Content;

/// <summary>
/// Text that came from a request or a file, made safe for a log line: control and invisible characters written as
/// <c>\uXXXX</c>, so nobody can start a fake log line or hide text, and cut to a bounded length.
/// </summary>
internal static class LogText
{
    public const int MaxLength = 200;

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > MaxLength;
        var span = cut ? text.AsSpan(0, MaxLength) : text.AsSpan();
        StringBuilder? builder = null;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (NeedsEscape(c))
            {
                builder ??= new StringBuilder(span.Length + 16).Append(span[..i]);
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        var result = builder?.ToString() ?? span.ToString();
        return cut ? result + "..." : result;
    }

    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned || c == '\\';
}
