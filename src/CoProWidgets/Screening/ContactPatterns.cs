using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Email addresses, phone numbers and NHS numbers, looked for in the normalised text. Only numbers a person can be
/// reached on count as phones (01, 02 and 07 after any +44): 03, 08 and the short numbers are services and helplines.
/// </summary>
internal static partial class ContactPatterns
{
    public static IEnumerable<(ScreeningKind Kind, int Start, int Length)> Find(string text)
    {
        foreach (Match match in EmailPattern().Matches(text))
        {
            yield return (ScreeningKind.Email, match.Index, match.Length);
        }

        foreach (Match match in BareProviderPattern().Matches(text))
        {
            yield return (ScreeningKind.Email, match.Index, match.Length);
        }

        foreach (Match match in DigitRunPattern().Matches(text))
        {
            var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
            if (digits.Length == 10 && (NhsContextBefore(text, match.Index) || NhsContextAfterPattern().IsMatch(text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 12)])))
            {
                yield return (ScreeningKind.NhsNumber, match.Index, match.Length);
            }
            else if (IsPersonalPhone(match.Value.TrimStart().StartsWith('+'), digits))
            {
                yield return (ScreeningKind.Phone, match.Index, match.Length);
            }
            else if (digits.Length == 10 && NhsNumberCheck.IsValid(digits) && digits[0] != '0')
            {
                yield return (ScreeningKind.NhsNumber, match.Index, match.Length);
            }
        }
    }

    private static bool NhsContextBefore(string text, int index)
    {
        var from = Math.Max(0, index - 40);
        return NhsContextBeforePattern().IsMatch(text[from..index]);
    }

    private static bool IsPersonalPhone(bool plus, string digits)
    {
        var national = plus && digits.StartsWith("44", StringComparison.Ordinal) ? "0" + digits[2..]
            : digits.StartsWith("0044", StringComparison.Ordinal) ? "0" + digits[4..]
            : digits;
        return national.Length is 10 or 11 && national[0] == '0' && national[1] is '1' or '2' or '7';
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    // An address said without its ending ("bigdave1966 at gmail"): the digits, dot or underscore say it is a user name.
    [GeneratedRegex(@"(?<![\w.@])(?=[a-z0-9._%+\-]*[\d._])[a-z0-9][a-z0-9._%+\-]*\s*(?:@|\(at\)|\[at\]|\bat\b)\s*(?:gmail|googlemail|hotmail|yahoo|outlook|btinternet|icloud|aol|sky|talktalk|virginmedia|ntlworld)\b(?!\.[a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BareProviderPattern();

    // Runs of digits with the spaces, dots, dashes and brackets people write numbers with.
    [GeneratedRegex(@"(?<![\d/.])\+?\(?\d[\d \-.()]{7,}\d(?![\d/])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"\bnhs\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NhsContextBeforePattern();

    [GeneratedRegex(@"^\W{0,3}\(?nhs\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NhsContextAfterPattern();
}
