using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// A recall-first second opinion on safeguarding, for disclosures the phrase and composition rules do not recognise.
/// Each family of wording (harm to the body, keeping someone in, care left undone, money going missing, being
/// shouted at or threatened, exploitation, thoughts of not being here) is a concern signal; fear or distress, and a
/// person who is vulnerable (a child's age, great age, dementia, a resident or patient), are supporting signals. A
/// strong concern signal flags alone; a weak one needs a second concern or a supporting signal. A concern that is
/// denied ("nobody shouted at her") does not count. It flags more than the rules do because a person looks at every
/// flag, and missing a disclosure costs more than reading a harmless answer.
/// </summary>
internal static partial class SafeguardingSignals
{
    public static IEnumerable<(string Concern, int Start, int Length)> Find(string text)
    {
        var score = 0;
        var strongest = (Concern: string.Empty, Start: 0, Length: 0, Weight: 0);
        foreach (var (concern, pattern, weight, negatable) in s_concerns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (negatable && SafeguardingNegation.IsNegated(text, match))
                {
                    continue;
                }

                score += weight;
                if (weight > strongest.Weight)
                {
                    strongest = (concern, match.Index, match.Length, weight);
                }

                break;
            }
        }

        if (strongest.Weight == 0)
        {
            yield break;
        }

        score += s_supports.Count(pattern => pattern.IsMatch(text));
        if (score >= 2)
        {
            yield return (strongest.Concern, strongest.Start, strongest.Length);
        }
    }

    // Weight 2 flags alone; weight 1 needs something else in the answer.
    private static readonly (string Concern, Regex Pattern, int Weight, bool Negatable)[] s_concerns =
    [
        ("self-harm or suicide", EndingPattern(), 2, true),
        ("self-harm or suicide", NoPointPattern(), 1, false),
        ("self-harm or suicide", HopelessPattern(), 2, false),
        ("domestic abuse", RestraintPattern(), 2, true),
        ("domestic abuse", InjuryPattern(), 1, true),
        ("domestic abuse", KeptInPattern(), 2, false),
        ("domestic abuse", WatchedPattern(), 2, false),
        ("neglect", CareUndonePattern(), 2, false),
        ("neglect", LeftAlonePattern(), 1, true),
        ("financial abuse", MoneyPattern(), 1, true),
        ("abuse by a carer or staff", BelittlingPattern(), 1, true),
        ("child at risk", ExploitationPattern(), 1, true),
        ("child at risk", YoungCarerPattern(), 1, false),
        ("fear at home", SilencedPattern(), 1, false),
    ];

    private static readonly Regex[] s_supports = [DistressPattern(), VulnerablePattern(), CarerPattern()];

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private const string Someone = @"(?:me|him|her|them|us|mum|dad|nan|gran|grandma|grandad|(?:my|her|his|their|the|our|a)\s+(?:\w+\s+)?(?:" + SafeguardingLexicon.PersonNoun + @"|mum|dad|nan|gran|grandma|grandad|kids|children|child|baby|boy|girl|lad|resident|residents|patient|patients|lady|gentleman))";

    // Thoughts of ending a life, with or without the words "suicide" or "kill": "stepping in front of the train",
    // "talking about 'ending it'", "took too many of her tablets", "hiding some of my tablets", "left a note".
    [GeneratedRegex(@"\b(?:step(?:ping|ped)?|jump(?:ing|ed)?|walk(?:ing|ed)?|throw(?:ing)?\s+myself)\s+(?:out\s+)?in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|lorry|car|traffic)\b|\bjump(?:ing|ed)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|roof|car\s+park|cliff)\b|\bending\s+it\b'?(?!\s+with)|\bend\s+it\b(?!\s+(?:with|there|early|on|at))|\bnot\s+(?:be|being)\s+here\s+(?:any\s?more|much\s+longer)\b|\b(?:took|taken|take|swallowed)\s+(?:too\s+many|all)\s+(?:of\s+)?(?:my|her|his|their)?\s*" + SafeguardingLexicon.Medicine + @"|\b(?:hid(?:e|ing|den)?|hoard\w*|sav(?:e|ed|ing)\s+up|stash\w*|stockpil\w*|keep(?:ing)?\s+back)\s+(?:some\s+of\s+|all\s+)?(?:my|her|his|their)\s+" + SafeguardingLexicon.Medicine + @"|\bleft\s+a\s+note\b|\bhurt(?:ing)?\s+" + SafeguardingLexicon.Self + @"|\bcuts?\s+(?:on|to|up)\s+(?:my|her|his)\s+(?:arms?|wrists?|legs?|thighs?)\b", Options, 1000)]
    private static partial Regex EndingPattern();

    [GeneratedRegex(@"\b(?:see|saw|seeing)\s+(?:the|any|much)\s+point\b(?!\s+(?:in|of)\s+(?:the|this|that|it|complaining|asking|ringing|booking|going\s+to))|\bno\s+point\s+(?:in\s+)?(?:living|getting\s+up|carrying\s+on|anything|any\s?more)\b|\b(?:can'?t|cannot)\s+(?:cope|go\s+on|do\s+this)\s+any\s?more\b|\bgive\s+up\s+on\s+(?:everything|life)\b", Options, 1000)]
    private static partial Regex NoPointPattern();

    // Said with its own negation and with no service to blame: "don't see the point any more".
    [GeneratedRegex(@"\b(?:see|saw|seeing)\s+(?:the|any)\s+point\s+(?:any\s?more|of\s+(?:living|anything|it\s+all|carrying\s+on|going\s+on|getting\s+up|being\s+here|me))\b", Options, 1000)]
    private static partial Regex HopelessPattern();

    // A child looking after a family because a parent cannot: "mum doesn't wake up when she's been drinking", "I make
    // my little sister's tea and get her to school".
    [GeneratedRegex(@"\bwhen\s+(?:she|he|they|mum|dad)(?:'s|'re|\s+has|\s+have|\s+is|\s+are)\s+(?:been\s+)?(?:drinking|drunk|using|high|off\s+(?:her|his|their)\s+face|on\s+the\s+(?:drink|cans|gear))\b|\b(?:i|we)\s+(?:have\s+to\s+)?(?:make|cook|get|do)\s+(?:my|our)\s+(?:little\s+|baby\s+|younger\s+)?(?:brothers?|sisters?)(?:'s?)?\s+(?:tea|dinner|breakfast|meals|to\s+school|ready)\b", Options, 1000)]
    private static partial Regex YoungCarerPattern();

    // Held, pinned or handled roughly: what is done to someone's body against their will.
    [GeneratedRegex(@"\b(?:held|hold(?:s|ing)?|pinn?(?:ed|s|ing)?)\s+(?:\w+\s+){0,2}?(?:down|face\s+down|arms)\b|\bpin(?:ned|s|ning)?\s+" + Someone + @"|\brestrain(?:ed|s|ing)\b|\brestraint\s+(?:on|of)\b|\bmanhandl\w*|\bhandl(?:es|ed|ing)\s+(?:\w+\s+){0,2}(?:rough|roughly)\b|\brough(?:ly)?\s+with\b|\bpull(?:s|ed|ing)?\s+(?:him|her|them|me)\s+(?:up\s+|out\s+)?by\s+(?:the|her|his|my|their)\s+(?:arm|wrist|hair|neck|ear)s?\b|\bslapp?(?:ed|s|ing)?\s+(?:the\s+)?(?:hand|face|arm|leg)s?\s+of\b|\b(?:slapped|smacked|punched|kicked|shoved)\s+(?:" + Someone + @")\b", Options, 1000)]
    private static partial Regex RestraintPattern();

    [GeneratedRegex(@"\b(?:bruis\w*|marks|scratches|burns|cuts|welts|black\s+eye|sores?|grip\s+marks|finger\s?marks)\s+(?:on|all\s+over|round|around|up)\s+(?:her|his|their|my|the)\b|\bwith\s+(?:bruises|marks|a\s+black\s+eye)\b|\b(?:a|the)\s+sore\s+on\b|\bsore\s+(?:on|the\s+size)\b|\binjected\b", Options, 1000)]
    private static partial Regex InjuryPattern();

    // Kept in against their will: "lock my brother in his room", "door is locked from outside", "a chair against the
    // door so he can't wander", "a belt on him so he can't get out", "they'd section me for longer".
    [GeneratedRegex(@"\block(?:s|ed|ing)?\s+(?:my|her|his|the|their)\s+(?:\w+\s+)?\w+\s+in\b|\blocked\s+(?:from\s+(?:the\s+)?outside|in\s+(?:his|her|their|my)\s+(?:room|bedroom|flat))\b|\b(?:chair|table|bed)\s+(?:up\s+)?against\s+(?:the|his|her)\s+door\b|\bbelt\s+on\s+(?:him|her|them|my\s+\w+)\b|\bso\s+(?:he|she|they)\s+(?:can'?t|cannot|couldn'?t)\s+(?:get\s+out|get\s+up|wander|leave|move|go\s+out)\b|\bsection\s+(?:me|her|him)\s+for\b|\b(?:wasn'?t|weren'?t|isn'?t|aren'?t|not)\s+allowed\s+to\s+(?:wear|see|go|leave|ring|phone|call|have|speak|talk|eat)\b", Options, 1000)]
    private static partial Regex KeptInPattern();

    // Someone whose contact is watched: "not between 6 and 9 when he's home", "only when she's out".
    [GeneratedRegex(@"\b(?:not|only|never)\s+(?:\w+\s+){0,5}?when\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:home|in|around|back|there)\b", Options, 1000)]
    private static partial Regex WatchedPattern();

    // Care that did not happen, which carries its own negation: "no one came to wash me", "wasn't changed all night",
    // "nobody brought it", "in the same clothes for a week", "sent to bed without tea", "take his food off him".
    [GeneratedRegex(@"\b(?:no\s?one|nobody|noone|never|not\s+once)\s+(?:\w+\s+)?(?:came|come|comes|bothered)\s+to\s+(?:wash|change|feed|turn|help|toilet|check\s+on)\b|\b(?:wasn'?t|weren'?t|isn'?t|not|never|hasn'?t|hadn'?t|haven'?t)\s+(?:been\s+|being\s+)?(?:changed|washed|fed|turned|toileted|cleaned\s+up)\b(?!\s+(?:up|my\s+mind|the))|\b(?:nobody|no\s?one|noone)\s+(?:brought|gave|fetched|got)\s+(?:it|her|him|them|one|any)\b|\bsame\s+clothes\s+for\b|\b(?:soaked|wet|soaking)\s+through\b|\bwithout\s+(?:any\s+|her\s+|his\s+)?(?:tea|dinner|food|supper|breakfast|lunch|a\s+drink|water)\s+as\b|\btake\s+(?:his|her|their)\s+food\s+off\b|\bleft\s+on\s+(?:a|the)\s+commode\b|\bcurtains\s+(?:haven'?t|have\s+not|hadn'?t)\s+(?:been\s+)?(?:opened|moved)\b|\bonly\s+stay\s+(?:\d+|five|ten)\s+min", Options, 1000)]
    private static partial Regex CareUndonePattern();

    [GeneratedRegex(@"\b(?:left|leave|leaves|leaving)\s+" + Someone + @"\s+(?:[\w']+\s+){0,6}?(?:all\s+(?:day|night|afternoon|morning|evening|weekend)|for\s+(?:over\s+)?(?:an?\s+|two\s+|three\s+|\d+\s+)?hours?)\b|\b(?:kept|keeps)\s+asking\s+for\s+(?:water|a\s+drink|help|the\s+toilet)\b|\blost\s+(?:a\s+stone|so\s+much\s+weight)\b", Options, 1000)]
    private static partial Regex LeftAlonePattern();

    // Money going where it should not: "savings are nearly gone", "keeps 'borrowing' a bit", "the receipts never match",
    // "takes mum's cash card", "not paid for 3 months", "for the debt of the travel".
    [GeneratedRegex(@"\b(?:savings|money|pension|cash|account)\s+(?:is|are|has|have|was|were)?\s*(?:been\s+)?(?:nearly\s+|almost\s+|all\s+)?(?:gone|disappeared|missing|vanished|emptied|drained)\b|'?borrow(?:ing|ed|s)?'?\s+(?:a\s+bit|money|some|from\s+(?:her|him|them))\b|\breceipts\s+(?:never|don'?t|do\s+not|didn'?t)\s+(?:match|add\s+up)\b|\btakes?\s+(?:\w+\s+)?(?:cash\s+card|bank\s+card|card|pin)\b|\bnot\s+(?:been\s+)?paid\s+(?:for\s+)?(?:\d+|two|three|four|six|many)\s+(?:weeks|months)\b|\bfor\s+the\s+debt\b|\bpower\s+of\s+attorney\b", Options, 1000)]
    private static partial Regex MoneyPattern();

    // Being shouted at, laughed at or belittled by someone with power over them.
    [GeneratedRegex(@"\b(?:shouts?|shouted|shouting|screams?|screamed|swears?|swore|yells?|yelled)\s+(?:at\s+)?(?:him|her|them|mum|dad|nan|gran|my\s+\w+|and\b)|\bcall(?:s|ed|ing)?\s+(?:the\s+)?(?:patients|residents|him|her|them|me|mum|dad)\s+names\b|\b(?:staff|carers?|they|nurses?)\s+(?:just\s+)?laugh(?:s|ed)?\b|\bstop\s+being\s+a\s+baby\b|\bgets?\s+(?:really\s+|very\s+)?nasty\b|\b(?:are|were|is|was)\s+(?:really\s+)?off\s+with\s+(?:her|him|them|me)\b|\bif\s+(?:we|i|she|he)\s+kept\s+(?:complaining|asking|on)\b|\bas\s+a\s+punishment\b", Options, 1000)]
    private static partial Regex BelittlingPattern();

    // Grooming and exploitation: "a man in his 30s who buys him vapes", "going missing overnight", "brings other men to
    // the flat", "gets given stuff", "lads back to use his room to deal from", "tells the kids to come in for sweets".
    [GeneratedRegex(@"\b(?:older|grown)\s+(?:men|man|lads)\b|\bman\s+in\s+his\s+(?:[2-6]0s|twenties|thirties|forties|fifties)\b|\bgoing\s+missing\b|\bbuys?\s+(?:him|her|them)\s+(?:vapes|drink|alcohol|cigarettes|fags|gifts|presents|phones?)\b|\b(?:sweets|vapes)\b|\b(?:gave|gives|bought|buys)\s+(?:my\s+|her\s+|his\s+)?\w+\s+(?:\(\d+\)\s+)?a\s+(?:phone|mobile)\b|\bcome\s+in\s+for\b|\bbring(?:s|ing)?\s+(?:other\s+)?(?:men|lads|blokes)\s+(?:back|to|round)\b|\bto\s+deal\s+from\b|\bgets?\s+given\s+(?:stuff|things|drugs|money)\b|\bscared\s+to\s+say\s+no\b|'boyfriend'|\bbabysit\w*|\bnever\s+told\s+anyone\s+what\s+happened\b", Options, 1000)]
    private static partial Regex ExploitationPattern();

    // Being kept quiet: "begs us not to say anything", "dad won't say how", "I don't know who to tell".
    [GeneratedRegex(@"\bbegs?\s+(?:us|me)\s+not\s+to\b|\b(?:won'?t|wont|will\s+not|doesn'?t|can'?t)\s+say\s+how\b|\bdon'?t\s+know\s+who\s+to\s+tell\b|\btoo\s+scared\s+to\b|\bsaying\s+sorry\s+to\s+(?:her|him|them)\s+all\s+the\s+time\b", Options, 1000)]
    private static partial Regex SilencedPattern();

    [GeneratedRegex(@"\b(?:scared|frightened|terrified|afraid|petrified|nightmares|crying|cried|sobbing|upset|feel\s+sick|vulnerable|depressed|depression|lonely|sertraline|citalopram|fluoxetine|mirtazapine|antidepressants?|muddled|confused|begs?|distressed|screaming|doesn'?t\s+want\s+to\s+go)\b", Options, 1000)]
    private static partial Regex DistressPattern();

    [GeneratedRegex(@"\b(?:i'?m|im|she'?s|he'?s|aged|age)\s+(?:[1-9]|1[0-7]|[89]\d)\b(?!\s*(?:am|pm|minutes|mins|hours|weeks|days|months|%|items|times|o'?clock))|\(\s*(?:[1-9]|1[0-7])\s*\)|\b(?:autism|autistic|dementia|alzheimer\w*|learning\s+disabilit\w*|osteoporosis|frail|residents?|wheelchair|care\s+home|the\s+home)\b", Options, 1000)]
    private static partial Regex VulnerablePattern();

    [GeneratedRegex(@"\b(?:carers?|care\s+workers?|support\s+workers?|staff|nurses?|foster|agency|boss|manager|neighbou?r|boyfriend|partner|husband|wife|stepdad|the\s+man|the\s+lady)\b", Options, 1000)]
    private static partial Regex CarerPattern();
}
