using System.Text.RegularExpressions;
using static CoProWidgets.Screening.SafeguardingLexicon;

namespace CoProWidgets.Screening;

/// <summary>Violence, control and fear: a person doing harm to a person, and a person ruling another's life.</summary>
internal static partial class SafeguardingRules
{
    private const string NotHelp = @"(?!\s+(?:in|into|round|around|along|to|up|out)\s+(?:a\s+|the\s+|his\s+|her\s+|my\s+|their\s+)?(?:wheel\s?chair|chair|buggy|pram|car|corridor|hill|bed|queue)\b)(?!\s+(?:to\s+it|like\s+a|hard|for\s+six|to\s+(?:get|go|have|see|take|make|do|try|be|ask|book|accept|sign|complain|speak|write))\b)";

    // A doer, up to three words, a harm verb, up to two words, a person: "one of them pinches her arm", "I once
    // shoved her", "the nurse dragged my dad". Pushing someone in a wheelchair is help; "beat me to it" is a race.
    [GeneratedRegex(Doer + @"(?:\s+(?!(?:it|that|this|which|what)\b)[a-z']+){0,3}?\s+" + HarmVerb + @"\s+(?:[a-z']+\s+)?" + Victim + @"\b" + NotHelp + @"(?!\s+(?:taking|doing|putting|giving|during|with\s+the|when\s+(?:she|he)\s+(?:took|did|put|gave)))" + @"|\b(?:raised?|rais(?:es|ing))\s+(?:a|his|her)\s+hands?\s+to\s+" + Victim + @"\b", Options, 1000)]
    private static partial Regex HarmToPersonPattern();

    // The same said from the victim's side: "the kids are being hurt", "she's been hit". Hurt feelings ("hurt by the
    // way he spoke") are not violence.
    [GeneratedRegex(@"\b(?:i|i'?m|she|he|they|we|kids|children|baby|" + PersonNoun + @")\s*(?:'s|'re|'m|is|are|was|were|has|have|had|gets|got|get)?\s+(?:being|been|getting|got)\s+(?:hurt|hit|beaten|beaten\s+up|battered|slapped|punched|kicked|abused|attacked|assaulted|strangled|choked)\b(?!\s+(?:that|when|because|by\s+(?:the|how|what|their|a\s+(?:car|bus|van|bike|ball))))", Options, 1000)]
    private static partial Regex HarmedPersonPattern();

    // Ruling someone's life: letting or not letting them see people, deciding what they wear or eat, needing to
    // ask for money, not being allowed out. Each needs a person as the one ruled.
    [GeneratedRegex(@"\b(?:won'?t|wont|will\s+not|doesn'?t|does\s+not|don'?t|dont|wouldn'?t|never)\s+lets?\s+(?:me|her|him|us|them|any\s+of\s+us|anyone|the\s+kids)\s+(?:(?:see|talk\s+to|speak\s+to|visit|contact|phone|ring|go\s+near)\s+(?:her|him|us|them|anyone|friends|family|the\s+kids|(?:my|her|his|their|our)\s+(?:own\s+)?(?:friends|family|mates|mum|mother|dad|father|kids|children|sister|brother|son|daughter|nan|gran))|(?:go|get)\s+out|out\s+of\s+(?:the|my|her|his)\s+(?:house|sight|flat)|leave\s+the\s+(?:house|flat)|go\s+anywhere|work|be\s+alone|have\s+(?:any\s+)?(?:money|friends|a\s+phone|my\s+own))\b(?![^.!?]{0,40}\b(?:covid|lockdown|pandemic|visiting|infection|outbreak))|\b(?:i'?m|i\s+am|she'?s|she\s+is|he'?s|he\s+is|i|she|he)\s+(?:not|isn'?t)\s+allowed\s+(?:out|(?:my|her|his)\s+own\s+(?:money|phone|bank|friends)|to\s+(?:work|go\s+out|leave|see\s+(?:my|her|his)\s+(?:friends|family|mum|dad|kids|sister|brother)|phone|ring|talk\s+to|speak\s+to|have\s+(?:money|a\s+phone|friends)))\b|\bnot\s+allowed\s+out\b|\b(?:decides|controls|chooses|tells\s+me)\s+(?:what|who|when|where)\s+(?:i|she|he|we)\s+(?:can\s+)?(?:wear|see|eat|go|spend)\b|\b(?:has|have|had)\s+to\s+ask\s+(?:him|her|them)\s+(?:for|before)\s+(?:\w+\s+)?(?:money|fare|cash|spending|anything)\b|\b(?:does|do)\s+whatever\s+(?:he|she|they)\s+(?:says|tells)\b|\b(?:can'?t|cannot)\s+(?:talk|speak)\s+(?:when|while|if)\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)?\s+(?:in|home|around|there)\b|\b(?:ring|call|phone|contact)\s+(?:me\s+)?(?:[a-z0-9']+\s+){0,8}?(?:when|while)\s+(?:he|she)(?:'s|\s+is)\s+(?:at\s+work|out)\b", Options, 1000)]
    private static partial Regex ControlPattern();

    // Keeping someone in: "they keep me in my room and lock the door", "locked herself in with my gran", "keeps me
    // home from school". A hospital keeping someone in overnight is not confinement, so where they are kept matters.
    [GeneratedRegex(@"\block(?:s|ed|ing)?\s+(?:me|her|him|them|us|" + Self + @")\s+(?:in|up|out)\b|\block(?:s|ed|ing)?\s+the\s+door\s+(?:at\s+night|on\s+(?:me|her|him|them))|\bkeeps?\s+(?:me|her|him|them|us|her\s+kids|his\s+kids|the\s+kids)\s+(?:in\s+(?:my|her|his|their|the)\s+(?:room|bedroom|house|flat)|in\s+at\s+all\s+hours|home\s+from\s+school|off\s+school|locked|indoors|inside)\b|\bkeeps?\s+me\s+from\s+(?:seeing|going|leaving|my)\b|\bcome\s+and\s+get\s+me\b", Options, 1000)]
    private static partial Regex ConfinementPattern();

    // The stories told to explain injuries: "told them I walked into a door", "the home say she bumped into the door".
    [GeneratedRegex(@"\b(?:walked|bumped|ran)\s+into\s+(?:a|the)\s+(?:door|wall|cupboard)(?:\s+frame)?\b|\bbruis\w*\s+(?:on\s+(?:both|her|his|their|my)\s+(?:arms?|wrists?|face|neck|legs?|back|thighs?)|(?:all\s+)?(?:over|up)\s+(?:her|his|their)\b)", Options, 1000)]
    private static partial Regex CoverStoryPattern();

    // Violence around drink and temper: "gets really angry when he drinks and smashes things", "we hide in my room",
    // "when he's been on the cans I go to my sister's with the kids".
    [GeneratedRegex(@"\b(?:gets|goes|got|get)\s+(?:really\s+|so\s+|very\s+)?(?:angry|nasty|violent|aggressive|handy)\s+(?:when|after|if)\s+(?:he|she|they)\b|\bsmash(?:es|ed|ing)\s+(?:things|stuff|the\s+place|plates|the\s+house|it\s+up)\b|\b(?:we|i|me\s+and\s+(?:my\s+)?(?:\w+\s+)?\w+)\s+(?:have\s+to\s+|go\s+and\s+|used\s+to\s+)?hide\s+(?:in\s+(?:my|our|the)\s+(?:room|bedroom|bathroom)|from\s+(?:him|her|them))|\bwhen\s+(?:he|she)(?:'s|\s+has|\s+is)\s+(?:been\s+)?(?:drinking|drunk|on\s+the\s+(?:cans|drink|booze|beer|pop))\b", Options, 1000)]
    private static partial Regex AngerPattern();

    // Threats and the silencing that goes with them: "said they'd set fire to my door", "says if I tell my social
    // worker she'll send me away", "he'll make sure I never see the kids again".
    [GeneratedRegex(@"\b(?:said|says|say|told\s+(?:me|her|him)|threaten\w*)\s+(?:that\s+)?(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+(?:is|was|were)\s+(?:going\s+to|gonna))\s+(?:set\s+fire|burn|kill|stab|hurt|beat|smash|batter|kick\s+\w+\s+in|get\s+(?:me|her|him)|send\s+(?:me|her|him)\s+away|take\s+the\s+(?:kids|children|baby))|\bif\s+(?:i|she|he|we)\s+(?:ever\s+)?(?:tell|told|say|said|report|leave|left|speak)\b[^.!?]{0,50}?\b(?:he|she|they)(?:'ll|'d|\s+will|\s+would)\b|\bmake\s+sure\s+(?:i|she|he)\s+never\s+see\b|\bthreat(?:en|ened|ening|s)?\s+(?:to\s+)?(?:kill|hurt|hit|stab|burn|beat|harm|leave\s+me|take)", Options, 1000)]
    private static partial Regex IntimidationPattern();

    // Fear of a person or of home, or fear seen in someone: "scared of him", "too scared to say how", "she looks
    // frightened", "jumps if anyone touches her", "don't feel safe going home". Fear of a needle is not fear of a person.
    [GeneratedRegex(@"\btoo\s+(?:scared|afraid|frightened|terrified)\s+to\s+(?:say|tell|speak|talk)\b(?!\s+up)|\b(?:scared|afraid|frightened|terrified|petrified|feared)\s+(?:of\s+(?:him|her|them|(?:my|the|her|his)\s+(?:new\s+)?" + PersonNoun + @"|what\s+(?:he|she|they)|going\s+(?:back\s+)?home|being\s+at\s+home)|to\s+(?:say|tell)\s+(?:how|what|who|anything|owt|anyone)|to\s+(?:go\s+(?:back\s+)?home|be\s+at\s+home|open\s+the\s+door|go\s+out)|when\s+(?:he|she)\s+(?:came|comes|is|was|gets))\b|\b(?:looks?|looked|seems?|seemed|appears?|appeared)\s+(?:so\s+|really\s+|very\s+)?(?:frightened|terrified|scared|petrified)\b|\b(?:flinch\w*|jumps?|jumped|cowers?|cowering)\s+(?:if|when|whenever|every\s+time)\s+(?:anyone|someone|somebody|he|she|you|people)\s+(?:touch\w*|comes?\s+near|raises?|moves?)", Options, 1000)]
    private static partial Regex FearOfPersonPattern();

    // Said with its own negation, so never read as denied.
    [GeneratedRegex(@"\b(?:don'?t|dont|do\s+not|never|no\s+longer)\s+feel\s+safe\s+(?:going\s+home|at\s+home|with\s+(?:him|her|them|my)|around\s+(?:him|her|them)|in\s+(?:my|our|her|his)\s+(?:own\s+)?(?:home|house|flat))", Options, 1000)]
    private static partial Regex UnsafeAtHomePattern();
}
