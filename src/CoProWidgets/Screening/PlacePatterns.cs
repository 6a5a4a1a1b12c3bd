using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Where someone lives or lay: full postcodes anywhere, outward codes ("LS6") only where the words say it is where
/// someone lives (so "the M6" and "A4 paper" stay out), street addresses with a house number or after "lives on",
/// and wards, beds and bays with a number or a ward's own name. A generic "the ward" or "no beds" identifies no one.
/// </summary>
internal static partial class PlacePatterns
{
    public static IEnumerable<(ScreeningKind Kind, int Start, int Length)> Find(string text)
    {
        foreach (var pattern in (Regex[])[FullPostcodePattern(), OutwardPostcodePattern()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return (ScreeningKind.Postcode, match.Index, match.Length);
            }
        }

        // Without a house number, "lives on the high street" names no one's home.
        foreach (var (pattern, numbered) in ((Regex, bool)[])[(NumberedStreetPattern(), true), (LivesOnStreetPattern(), false), (NamedStreetPattern(), false)])
        {
            foreach (Match match in pattern.Matches(text))
            {
                // A street that says where a service is ("the Mill Lane practice", "moved to Station Road") is no one's home.
                if (!numbered && ServiceStreetPattern().IsMatch(text[Math.Max(0, match.Index - 50)..Math.Min(text.Length, match.Index + match.Length + 20)]))
                {
                    continue;
                }

                if (match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => !ScreeningWords.Common.Contains(word) && (numbered || !s_generalStreetNames.Contains(word))))
                {
                    yield return (ScreeningKind.StreetAddress, match.Index, match.Length);
                }
            }
        }

        foreach (Match match in NumberedWardPattern().Matches(text))
        {
            yield return (ScreeningKind.WardBedBay, match.Index, match.Length);
        }

        foreach (Match match in NamedWardPattern().Matches(text).Concat(CapitalisedWardPattern().Matches(text)))
        {
            var name = match.Groups["name"].Value;
            if (!ScreeningWords.Common.Contains(name) && !ScreeningWords.WardTypes.Contains(name))
            {
                yield return (ScreeningKind.WardBedBay, match.Groups["name"].Index, match.Index + match.Length - match.Groups["name"].Index);
            }
        }
    }

    private static readonly HashSet<string> s_generalStreetNames = new(["high", "main", "same", "busy", "long", "back", "front", "other"], StringComparer.OrdinalIgnoreCase);

    private const string Outward = @"(?:[A-PR-UWYZ][A-HK-Y]\d[A-Z\d]?|[BEGLMNSW]\d[A-Z\d]?)";

    [GeneratedRegex(@"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FullPostcodePattern();

    [GeneratedRegex(@"(?<=\b(?:live|lives|living|lived|moved|based|reside|resident)\s+(?:in|at|to|near|round|around)\s+(?:the\s+)?|\b(?:in|around|round|near|from)\s+(?:the\s+)?(?=" + Outward + @"\s+(?:area|postcode|district)\b)|\bpost\s?code\s+(?:is\s+|was\s+|area\s+)?|\bfrom\s+|\bin\s+|\b(?:we'?re|we\s+are|i'?m|i\s+am|live|lives|living|round|near)\s+(?:in\s+|at\s+|near\s+)?(?=" + Outward + @"\s+(?:way|area|side|end|postcode|district)\b))" + Outward + @"\b(?!\s*(?:motorway|road|junction|paper|size|envelope))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OutwardPostcodePattern();

    private const string Suffix = @"(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|cres|court|grove|gardens|terrace|walk|row|hill|park|square|mews|rise|view|green|parade|place|vale|croft|gate|fold|wynd|brow|kingsway|bank|meadows?|heights|chase|dale|lea|approach|boulevard)";

    // The separator after a flat's number is one character class: written as \s*,?\s* before the house number's
    // \d{1,4}, the generated matcher never finished on "flat 12, Riverside Quay, the GP" (the interpreter did).
    [GeneratedRegex(@"(?<![£\d.:/])\b(?:(?:flat|apartment|apt|unit)\s+\d{1,4}[a-z]?[\s,]+)?(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?,?\s+(?<name>(?:[a-z']+,?\s+){1,3}?)" + Suffix + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumberedStreetPattern();

    [GeneratedRegex(@"\b(?:live|lives|living|lived|moved|staying|stays|address\s+is|i'?m|im|we'?re|we\s+are)\s+(?:on|in|at|to|onto)\s+(?<name>(?:[a-z']+\s+){1,3}?)" + Suffix + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex LivesOnStreetPattern();

    // A street or estate named with capitals, without a number: "the flats on Crowther Street", "the Fairfield estate".
    [GeneratedRegex(@"\b(?:on|in|at|along|down|off|up|near|opposite|round|the)\s+(?<name>(?-i:(?:[A-Z][a-z']+\s+){1,2}))(?-i:(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Gardens|Terrace|Way|Court|Mews|Rise|Walk|Row|Place|Square|Parade|Vale)\b|[Ee]state\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedStreetPattern();

    [GeneratedRegex(@"\b(?:surgery|practice|clinic|building|hospital|pharmacy|chemist|health\s+centre|medical\s+centre|walk-in|car\s+park|parking|opened|moved\s+to|dentist|library|branch)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ServiceStreetPattern();

    [GeneratedRegex(@"(?<!\bpark(?:ed|ing)?\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?|\bcar\s+park\s+)\b(?:ward|bed|bay|cubicle|side\s+room|resus)\s*(?:no\.?\s*|number\s*)?(?:\d{1,3}[a-z]?|[a-z]\d{1,2}[a-z]?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|(?<=\b(?:bay|bed|cubicle)\s+)(?-i:[A-HJ-Z])(?![&']))\b(?!\s*(?:days?|weeks?|hours?|hrs?|nights?|months?|mins?|minutes?|years?|times?|am|pm|o'?clock|%|mg))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumberedWardPattern();

    [GeneratedRegex(@"\b(?:on|to|onto|from|in|at|off)\s+(?:the\s+)?(?<name>[a-z][a-z'\-]+)\s+ward\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NamedWardPattern();

    // A ward's own name is written with a capital wherever it stands ("Cedar Ward staff", "the Bluebell ward").
    [GeneratedRegex(@"\b(?<name>[A-Z][a-z'\-]+)\s+[Ww]ard\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedWardPattern();
}
