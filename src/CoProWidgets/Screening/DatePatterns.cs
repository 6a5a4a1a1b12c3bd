using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Dates with a day in them, in the forms people write them (12/03/1948, 4.5.62, 3rd March 1951, March 3rd), and
/// years said to be when someone was born. A year alone ("since 2019"), a time ("8.30") or an age is not a date.
/// </summary>
internal static partial class DatePatterns
{
    public static IEnumerable<(ScreeningKind Kind, int Start, int Length)> Find(string text)
    {
        foreach (var pattern in (Regex[])[NumericPattern(), DayMonthPattern(), MonthDayPattern(), BornPattern()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                // "From 1st September the surgery opens at 8" is when a service changes, not anyone's date.
                if (pattern != BornPattern() && ServiceChangePattern().IsMatch(text[Math.Max(0, match.Index - 60)..match.Index]) && !PersonalPattern().IsMatch(text))
                {
                    continue;
                }

                // "The flu clinic is on Saturday 12 October" is a public event, unless a person is in the same breath
                // ("my appointment at the clinic on 3 March", "seen in clinic on the 4th").
                var before = text[Math.Max(0, match.Index - 50)..match.Index];
                if (pattern != BornPattern() && PublicEventPattern().IsMatch(before) && !PersonalPattern().IsMatch(before))
                {
                    continue;
                }

                yield return (ScreeningKind.Date, match.Index, match.Length);
            }
        }
    }

    private const string Day = @"(?:0?[1-9]|[12]\d|3[01])";
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string NumericDate = Day + @"(?<sep>[/.\-])(?:0?[1-9]|1[0-2])\k<sep>(?:19|20)?\d{2}";

    [GeneratedRegex(@"(?<![\d.:/\-])" + NumericDate + @"(?![\d.:/\-]*\d)(?!\s?mg)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\b" + Day + @"(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:\s+(?:19|20)\d{2})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DayMonthPattern();

    // "may" is a verb far more often than a month, so after it the day must be written as an ordinal.
    [GeneratedRegex(@"\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:the\s+)?" + Day + @"(?:st|nd|rd|th)?|may\s+(?:the\s+)?" + Day + @"(?:st|nd|rd|th))\b(?!\s*(?:mg|ml|days?|weeks?|hours?|times?|%|years?|months?|mins?|minutes?))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"\b(?:from|starting|as\s+of|until|till|up\s+on|closes?\s+on|opens?\s+on|changes?\s+on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ServiceChangePattern();

    [GeneratedRegex(@"\b(?:clinics?|open\s+days?|events?|sessions?|drop[\s\-]?ins?|fairs?|meetings?|workshops?|coffee\s+mornings?|roadshows?|consultations?|festivals?|jabs?|vaccination|vaccinations|boosters?|talks?|launch|celebration)\b[^.!?]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PublicEventPattern();

    // Words that put a person and their care in the answer, so a date in it may be theirs.
    [GeneratedRegex(@"\b(?:i|me|my|mum|mum's|dad|dad's|he|she|his|her|him|our|their|husband|wife|partner|son|daughter|nan|nan's|nana|gran|gran's|grandma|grandma's|grandad|grandad's|admitted|appointment|operation|discharged|seen|died|passed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PersonalPattern();

    [GeneratedRegex(@"\b(?:born|dob|d\.o\.b\.?|date\s+of\s+birth|birthday)\b[\s:,\-]*(?:(?:is|was|in|on|the)\s+)*(?:(?:" + Month + @"\s+)?(?:19|20)\d{2}\b|'\d{2}\b|" + NumericDate + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BornPattern();
}
