using System.Text.RegularExpressions;

namespace CoProWidgets.Surveys;

/// <summary>
/// What must not be published from what someone wrote, found automatically so a person looks at it: email
/// addresses, phone numbers, NHS numbers, postcodes, dates that may be a date of birth, people named with a title or
/// role, and words that may signal a safeguarding concern. The checks lean towards flagging: a person decides.
/// </summary>
internal static partial class QuoteFlags
{
    public const string Email = "email address";
    public const string Phone = "phone number";
    public const string NhsNumber = "NHS number";
    public const string Postcode = "postcode";
    public const string Date = "date (of birth?)";
    public const string NamedPerson = "named person";
    public const string Safeguarding = "possible safeguarding concern";

    /// <summary>Every flag the text raises, in a fixed order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flags = new List<string>();
        if (EmailPattern().IsMatch(text))
        {
            flags.Add(Email);
        }

        var digits = DigitRunPattern().Matches(text).Select(match => new string([.. match.Value.Where(char.IsAsciiDigit)])).ToList();
        if (digits.Any(IsNhsNumber))
        {
            flags.Add(NhsNumber);
        }

        if (PhonePattern().IsMatch(text) || digits.Any(run => run.Length is 10 or 11 && run.StartsWith('0') && !IsNhsNumber(run)))
        {
            flags.Add(Phone);
        }

        if (PostcodePattern().IsMatch(text))
        {
            flags.Add(Postcode);
        }

        if (DatePattern().IsMatch(text))
        {
            flags.Add(Date);
        }

        if (NamedPersonPattern().IsMatch(text))
        {
            flags.Add(NamedPerson);
        }

        if (SafeguardingPattern().IsMatch(text))
        {
            flags.Add(Safeguarding);
        }

        return flags;
    }

    /// <summary>Whether ten digits are a valid NHS number (the modulus 11 check digit).</summary>
    public static bool IsNhsNumber(string digits)
    {
        if (digits is not { Length: 10 } || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[9] - '0';
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    // Runs of digits with the spaces, dots and dashes people write numbers with.
    [GeneratedRegex(@"\+?\d[\d \-.()]{7,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"(\+44\s?\(?0?\)?\s?\d{2,4}|\b0\d{2,4})[\s\-]?\d{3,4}[\s\-]?\d{3,4}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"\b(\d{1,2}[/.\-]\d{1,2}[/.\-](19|20)?\d{2}|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(19|20)\d{2}|born\s+(in\s+)?(19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Matron|Professor|Prof|Sir|Dame)\.?\s+[A-Z][a-z'\-]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedPersonPattern();

    [GeneratedRegex(@"\b(abus(e|ed|es|ing|ive)|neglect(ed)?|assault(ed)?|rap(e|ed)|hit me|hits me|hurt(s)? me|beat(s|en)? me|threaten(ed|s)?|scared of|afraid of|suicid(e|al)|kill myself|end my life|self[\s\-]?harm|harm myself|exploit(ed)?|groom(ed|ing)|not safe|unsafe at home|locked (me )?in|stole|steal(s|ing)? (my|from))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SafeguardingPattern();
}
