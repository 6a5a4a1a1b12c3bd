using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// People named with a title ("Dr Patel", "mrs khan") or after a relationship or role ("my husband Gary", "the
/// nurse called Priya", "my son's social worker, Mark"). Titles that are brands or buildings named after someone
/// (Dr Foster Intelligence, Dr Gray's Hospital) are not people.
/// </summary>
internal static partial class NamePatterns
{
    public static IEnumerable<(ScreeningKind Kind, int Start, int Length)> Find(string text)
    {
        foreach (Match match in TitlePattern().Matches(text))
        {
            var title = match.Groups["title"].Value;
            var name = match.Groups["name"].Value;

            // Abbreviated titles are only ever titles; "doctor", "nurse" and "sister" are also ordinary words.
            var abbreviated = title.Length <= 4 && !title.Equals("miss", StringComparison.OrdinalIgnoreCase);
            if (ScreeningWords.CouldBeName(name, anyCase: abbreviated) && !IsOrganisation(text, match))
            {
                yield return (ScreeningKind.NamedPerson, match.Index, match.Length);
            }
        }

        foreach (Match match in RelationPattern().Matches(text))
        {
            var named = match.Groups["called"].Success;
            if (ScreeningWords.CouldBeName(match.Groups["name"].Value, anyCase: named))
            {
                yield return (ScreeningKind.NamedPerson, match.Groups["name"].Index, match.Index + match.Length - match.Groups["name"].Index);
            }
        }

        // Introduced by name, or named where they work: "my name is Derek Holroyd", "thanks to Kamal at the
        // pharmacy", "Sandra on reception", "ask for Bernie, she's my daughter", "our Stacey's fella".
        foreach (var pattern in (Regex[])[IntroducedPattern(), StaffPlacePattern(), AskForPattern(), OurPattern()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                var name = match.Groups["name"];
                // A capital at the start of a sentence says nothing, so there the word must be a known first name.
                var known = !StartsSentence(text, name.Index) || ScreeningWords.FirstNames.Contains(name.Value);
                if (known && ScreeningWords.CouldBeName(name.Value, anyCase: false) && !IsOrganisation(text, match))
                {
                    yield return (ScreeningKind.NamedPerson, name.Index, name.Length);
                }
            }
        }

        foreach (var finding in FindNamesAlone(text))
        {
            yield return finding;
        }
    }

    private static IEnumerable<(ScreeningKind Kind, int Start, int Length)> FindNamesAlone(string text)
    {
        foreach (Match match in FamilyTitlePattern().Matches(text))
        {
            var name = match.Groups["name"];
            if (ScreeningWords.CouldBeName(name.Value, anyCase: false) && !IsOrganisation(text, match))
            {
                yield return (ScreeningKind.NamedPerson, name.Index, name.Length);
            }
        }

        var contact = ContactCuePattern().IsMatch(text);
        foreach (Match match in FullNamePattern().Matches(text))
        {
            var first = match.Groups["first"].Value;
            var last = match.Groups["last"].Value;
            // "Wish I'd": a capital after a sentence's first word can be the pronoun, never a surname.
            var plausible = !ScreeningWords.Common.Contains(first) && !ScreeningWords.Common.Contains(last) && !s_placeWords.Contains(last) && !s_placeWords.Contains(first)
                && !last.StartsWith("I'", StringComparison.Ordinal);
            if (plausible && (ScreeningWords.FirstNames.Contains(first.Split('-')[0]) || contact) && !IsOrganisation(text, match))
            {
                yield return (ScreeningKind.NamedPerson, match.Index, match.Length);
            }
        }

        foreach (Match match in CapitalisedWordPattern().Matches(text))
        {
            if (!ScreeningWords.FirstNames.Contains(match.Value.Split('-')[0]) || IsOrganisation(text, match))
            {
                continue;
            }

            var after = text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 20)];
            if (!StartsSentence(text, match.Index) || NamedSubjectPattern().IsMatch(after))
            {
                yield return (ScreeningKind.NamedPerson, match.Index, match.Length);
            }
        }
    }

    // Words that make a capitalised pair a place or a service, not a person.
    private static readonly HashSet<string> s_placeWords = new(
        """
        road street lane avenue close drive way crescent court grove gardens terrace walk row hill park square mews
        rise view green parade place vale house hospital infirmary centre center practice surgery medical health
        clinic pharmacy trust foundation council ward unit estate royal general university college school church
        hall bay bed lodge manor farm north south east west upper lower new old great little st saint
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"@|\b(?:0\d{3,4}\s?\d{3}\s?\d{3,4}|07\d{3}\s?\d{6}|nhs|dob|d\.o\.b|re:|patient:|reply\s+to|write\s+to|contact\s+me|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContactCuePattern();

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or '"' or '(';
    }

    private static bool IsOrganisation(string text, Match match) =>
        BrandPattern().IsMatch(text[match.Index..]) || OrganisationAfterPattern().IsMatch(text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 30)]);

    [GeneratedRegex(@"\b(?<title>Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Matron|Prof|Professor|Dame|Sir)\b\.?\s+(?:(?-i:[A-Z])\.?\s+)?(?<name>[A-Za-z][a-z'\-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^(?:dr\.?\s+(?:foster|who|martens|pepper|oetker|barnardo)|doctor\s+(?:who|foster\s+went)|(?:nye|aneurin)\s+bevan|mary\s+seacole|edith\s+cavell|captain\s+tom|dr\.?\s+(?:google|gray's)|mr\.?\s+(?:kipling|muscle|men|motivator|blobby|bean)|mrs\.?\s+brown|marie\s+curie|sue\s+ryder|florence\s+nightingale|royal\s+\w+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BrandPattern();

    [GeneratedRegex(@"^(?:'s)?\s+(?:hospital|hospice|intelligence|website|ratings?|foundation|trust|building|house)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OrganisationAfterPattern();

    private const string Relation = @"husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandson|granddaughter|aunt|auntie|aunty|uncle|nephew|niece|cousin|friend|neighbour|carer|boyfriend|girlfriend|fiance|fiancee|stepdad|stepmum|stepson|stepdaughter|ex|gp|doctor|consultant|nurse|midwife|health\s+visitor|social\s+worker|support\s+worker|key\s+worker|care\s+worker|physio|physiotherapist|surgeon|dentist|pharmacist|receptionist|paramedic|therapist|counsellor|psychiatrist|lady|man|woman|guy|bloke|girl|chap|fella|lad|boy|lass";

    [GeneratedRegex(@"\b(?:my|our|his|her|their|the|a|your)\s+(?:(?:son|daughter|husband|wife|mum|mom|dad|mother|father|partner|grandson|granddaughter|child|brother|sister)(?:'s|s)\s+)?(?:" + Relation + @")s?(?:\s*,\s*|\s+)(?<called>(?:who\s+is\s+|whose\s+name\s+is\s+|is\s+|was\s+)?(?:called|named)\s+)?(?<name>[A-Za-z][a-z'\-]+)(?-i:\s+[A-Z][a-z'\-]+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex RelationPattern();

    // Family names used as a title: "Uncle Des", "Nana Joan", "Auntie Pat".
    [GeneratedRegex(@"\b(?:uncle|auntie|aunty|aunt|nana|nanna|nan|nanny|gran|granny|grandma|grandad|grandpa|cousin|brother)\s+" + Name, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FamilyTitlePattern();

    // A first and last name written together, "Gary Whitlam", "Lily-Mae Carrick", "Re: Thomas Quigley": the first
    // must be a known first name, or the answer must give contact details a name would go with.
    [GeneratedRegex(@"(?<!\b(?:St\.?|Saint|King|Queen|Princess|Prince|Royal)\s)\b(?<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?<last>(?:Mc|Mac|O')?[A-Z][a-z'\-]+)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FullNamePattern();

    // A known first name on its own with a capital, where a capital does not come from the start of a sentence.
    [GeneratedRegex(@"(?<!\b(?:St\.?|Saint|King|Queen|Princess|Prince|Lady|Lord|Royal)\s)\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedWordPattern();

    // What follows someone named at the start of a sentence: "Josh is 15", "Maureen said".
    [GeneratedRegex(@"^(?:'s\b|\s*,|\s+(?:is|was|has|had|said|says|told|came|comes|rang|went|does|did|needs|needed|can|can't|won't|and\s+(?:i|me)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NamedSubjectPattern();

    private const string Name = @"(?<name>(?-i:[A-Z][a-z'\-]+))(?:\s+(?-i:[A-Z][a-z'\-]+))?";

    [GeneratedRegex(@"\b(?:my\s+name\s+is|my\s+name's|i'?m\s+called|(?:she|he)\s+is\s+called|(?:she|he)'s\s+called)\s+" + Name, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex IntroducedPattern();

    // Where the one named works is what makes a capitalised word a person, not a shop ("thanks to Boots").
    [GeneratedRegex(@"\b" + Name + @"\s+(?:on|at|from|in|behind|who\s+works\s+(?:on|at|in))\s+(?:the\s+)?(?:front\s+)?(?:reception|desk|front\s+desk|switchboard|pharmacy|chemist|dispensary|phones?|helpline|till|counter|ward|practice|surgery)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StaffPlacePattern();

    [GeneratedRegex(@"\b(?:ask|asked|asking)\s+for\s+" + Name + @"(?=\s*,?\s*(?:she|he|they)(?:'s|\s+is|\s+was|\s+will|'ll)|\s*,?\s*(?:his|her|their)\b|\s+(?:on|at|in)\b)|\b(?:thanks|thank\s+you|thanked|grateful)\s+(?:so\s+much\s+)?to\s+" + Name + @"(?=\s*,?\s*(?:who|she|he)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AskForPattern();

    // "Our Stacey" is how much of the north names family.
    [GeneratedRegex(@"\b(?-i:[Oo]ur)\s+" + Name + @"(?='s\s+(?:" + Relation + @")\b|\s+(?:is|was|has|had|said|says|came|got|rang|went)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OurPattern();
}
