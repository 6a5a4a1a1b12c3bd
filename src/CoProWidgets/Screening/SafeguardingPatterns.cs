using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>The phrases behind <see cref="SafeguardingPhrases"/>, one pattern per way a concern is put.</summary>
internal static partial class SafeguardingPhrases
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Someone who may do harm, for phrases that need a doer ("he hits", "my nephew takes").
    private const string Doer = @"(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|son|daughter|stepdad|stepmum|stepfather|stepmother|ex|brother|sister|uncle|aunt|nephew|niece|grandson|granddaughter|carer|carers|lodger|neighbour|cousin|someone|somebody|family|friend)";

    // Someone harm may be done to.
    private const string Victim = @"(?:me|us|her|him|them|the\s+(?:kids|children|baby|boys|girls|residents)|my\s+(?:kids|children|son|daughter|mum|mother|dad|father|baby|wife|husband|partner|sister|brother|nan|gran|grandson|granddaughter))";

    private const string Myself = @"(?:my\s?self|meself|herself|himself|themselves|themself)";

    [GeneratedRegex(@"\b(?:kill(?:ing|ed)?|hurt(?:ing)?|harm(?:ing|ed)?|cut(?:ting)?|hang(?:ing)?|top(?:ping)?|end(?:ing)?|poison(?:ing)?|burn(?:ing|t)?)\s+" + Myself + @"\b|\bself[\s\-]?harm\w*|\bsuicid\w*|\bcutting\s+(?:again|my\s+(?:arms?|legs?|wrists?|thighs?|skin))\b|\bcut\s+my\s+(?:arms?|legs?|wrists?)\b|\boverdos(?:e|ed|ing)\b|\b(?:tablets|pills|paracetamol|meds|medication)\b[^.!?\n]{0,40}\bon\s+purpose\b|\btook\s+too\s+many\s+(?:tablets|pills|paracetamol)\b|\b(?:tablets|pills)\s+saved\s+up\b|\bsaved\s+up\s+(?:my\s+|all\s+my\s+)?(?:tablets|pills)\b", Options, 1000)]
    private static partial Regex SelfHarmPattern();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|didn'?t|no\s+longer)\s+want\s+to\s+(?:be\s+(?:here|alive|around)\s*(?:any\s?more|no\s+more)|live|be\s+alive|wake\s+up|go\s+on|carry\s+on|exist)\b|\bnot\s+wake\s+up\b|\bwant(?:ed|ing)?\s+to\s+(?:die|end\s+it|end\s+my\s+life)\b|\bwish\s+i\s+(?:was|were)\s+(?:dead|not\s+here|never\s+born)\b|\bwish\s+i\s+wasn'?t\s+(?:here|alive|born)\b|\bbetter\s+off\s+(?:dead|without\s+me)\b|\b(?:no|see\s+the|any)\s+point\s+(?:in\s+)?(?:living|going\s+on|being\s+alive|carrying\s+on|being\s+here)\b|\b(?:can'?t|cannot)\s+go\s+on\s+(?:like\s+this|any\s?more|living|much\s+longer)\b|\bend(?:ing)?\s+it\s+all\b|\b(?:thought|thinking|think|thoughts)\s+(?:about|of)\s+(?:ending\s+(?:it|things|my\s+life)|killing\s+myself|not\s+being\s+here|taking\s+my\s+(?:own\s+)?life|dying)\b|\b(?:end|take|took|taking|ending)\s+my\s+(?:own\s+)?life\b", Options, 1000)]
    private static partial Regex SuicidalThoughtsPattern();

    // Pushing someone in a wheelchair is help, not harm.
    [GeneratedRegex(@"\b" + Doer + @"\s+(?:[a-z']+\s+)?(?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|throttl(?:es|ed)|shov(?:es|ed)|push(?:es|ed)|hurts|bit|bites|burn(?:s|ed|t)|batter(?:s|ed)|thump(?:s|ed)|grab(?:s|bed))\s+" + Victim + @"\b(?!\s+(?:in|into|round|around|along|to)\s+(?:a\s+|the\s+|his\s+|her\s+|my\s+|their\s+)?(?:wheel\s?chair|chair|buggy|pram|car|corridor)\b)(?!\s+to\s+it\b)|\bdomestic\s+(?:abuse|violence)\b|\bcoercive\b|\bcontrolling\s+(?:behaviou?r|relationship|partner|husband|wife)\b|\b(?:he|she)\s+is\s+(?:very\s+|so\s+|really\s+)?controlling\b|\babusive\s+(?:partner|husband|wife|relationship|boyfriend|girlfriend|ex|marriage|home|father|mother|dad|mum)\b|\b" + Doer + @"\s+(?:is|was|can\s+be|gets|got)\s+(?:very\s+|really\s+)?(?:abusive|violent)\b", Options, 1000)]
    private static partial Regex ViolencePattern();

    [GeneratedRegex(@"\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|dad|mum)\s+(?:[a-z']+\s+){0,2}?(?:won'?t|wont|will\s+not|doesn'?t|does\s+not|never|don'?t|dont)\s+let\s+(?:me|her|him)\s+(?:see|go|leave|talk|speak|have|phone|ring|contact|out|visit|work|drive)\b|\b(?:won'?t|wont|doesn'?t|does\s+not|never)\s+let\s+me\s+(?:leave\s+the\s+house|go\s+out|see\s+my\s+(?:friends|family|mum|dad|kids|children|sister)|have\s+(?:any\s+)?money)\b|\b(?:checks|checking|goes\s+through|reads|takes|took)\s+my\s+phone\b(?!\s*number)", Options, 1000)]
    private static partial Regex ControlPattern();

    [GeneratedRegex(@"\b(?:carers?|care\s+workers?|care\s+staff|support\s+workers?|staff|nurses?|he|she|they)\s+(?:[a-z']+\s+){0,2}?(?:shouts?|shouted|shouting|screams?|screamed|screaming|swears?|swore|swearing|yells?|yelled|yelling)\s+at\s+(?:him|her|them|my\s+\w+|mum|dad|nan|gran|the\s+residents|residents|patients)\b|\b(?:rough|heavy[\s\-]handed)\s+with\s+(?:him|her|them|mum|dad|nan|gran|my\s+\w+|residents|patients)\b|\bmanhandl\w*|\bunexplained\s+bruis\w*|\bbruises?\s+(?:on\s+(?:her|his|their)|(?:he|she|they)\s+can'?t\s+explain|all\s+over)|\bpush(?:es|ed|ing)?\s+(?:him|her|them)\b(?!\s+(?:in|into|round|around|along|to)\s+(?:a\s+|the\s+|his\s+|her\s+|my\s+|their\s+)?(?:wheel\s?chair|chair|buggy|pram|car|corridor)\b)|\bcall(?:s|ed|ing)\s+(?:him|her|them|me|my\s+\w+)\s+(?:names|stupid|useless|a\s+(?:stupid|useless))\b|\b(?:abused|abusing)\s+(?:me|him|her|them|us|my|the\s+(?:children|kids|residents|patients))\b|\b(?:physical|physically|emotional|emotionally|verbal|verbally|racial|racially|elder)\s+abus\w*", Options, 1000)]
    private static partial Regex CarerAbusePattern();

    [GeneratedRegex(@"\bleft\s+(?:[a-z']+\s+){0,3}?(?:in|on|sitting\s+in|lying\s+in|lying\s+on)\s+(?:a\s+|her\s+|his\s+|their\s+|the\s+)?(?:own\s+)?(?:wet|soiled|dirty|soaking|soaked|filthy)\s+(?:bed|pads?|sheets|clothes|nappy|nappies|pyjamas|nightie|chair)\b|\b(?:left|lying|sitting|sat|lay)\s+(?:[a-z']+\s+){0,3}?in\s+(?:her|his|their|my)\s+own\s+(?:urine|faeces|feces|mess|poo|wee|excrement|vomit|sick)\b|\bin\s+a\s+(?:wet|soiled|dirty)\s+bed\b|\b(?:pressure|bed)\s+sores?\b|\bleft\s+(?:her|him|them|mum|dad|nan|gran|my\s+\w+)\s+(?:lying\s+)?on\s+the\s+floor\b|\b(?:nobody|no\s+one|noone|never|wasn'?t|weren'?t|not)\s+(?:[a-z']+\s+)?turned\s+(?:her|him|them|mum|dad)\b|\b(?:she|he|mum|dad|nan|gran|residents|patients|children|kids|baby|my\s+\w+)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:being\s+)?(?:badly\s+|totally\s+|completely\s+)?neglected\b|\bneglect(?:ed|ing)?\s+(?:my|her|him|them|his|the\s+(?:kids|children|baby|residents|patients))\b|\bself[\s\-]neglect\w*", Options, 1000)]
    private static partial Regex NeglectPattern();

    [GeneratedRegex(@"\b(?:wasn'?t|was\s+not|weren'?t|not|never|hasn'?t|isn'?t)\s+(?:being\s+|been\s+|properly\s+)?fed\b(?!\s+(?:up|back))|\bnot\s+(?:being\s+|been\s+)?given\s+(?:any\s+)?(?:food|water|a\s+drink|drinks|anything\s+to\s+(?:eat|drink)|(?:her|his|their)\s+(?:meals|medication|meds))\b|\bno\s+(?:food|water|drinks?)\s+(?:or|and)\s+(?:food|water|drinks?)\b|\b(?:nobody|no\s+one|noone|never)\s+(?:gave|give|brought|offered)\s+(?:her|him|them|mum|dad|nan|gran)\s+(?:a\s+drink|drinks|food|water|anything\s+to\s+(?:eat|drink)|(?:her|his)\s+(?:meals?|dinner|lunch|breakfast))\b|\b(?:hasn'?t|hadn'?t|not|wasn'?t)\s+been\s+washed\s+(?:for|in)\b", Options, 1000)]
    private static partial Regex UnfedPattern();

    [GeneratedRegex(@"\b" + Doer + @"\s+(?:[a-z']+\s+){0,2}?(?:controls?|controlled|controlling|takes?|took|taking|keeps?|kept|spends?|spent)\s+(?:all\s+)?(?:of\s+)?(?:my|her|his|their)\s+(?:money|bank\s+cards?|cards?|benefits|pension|wages|savings)\b|\btaking\s+money\s+(?:out\s+of|from)\s+(?:her|his|my|their|me|him|them)\b|\busing\s+(?:her|his|my|their)\s+(?:bank\s+)?card\b|\b(?:stole|stolen|steals|stealing|nicked|nicks)\s+(?:from\s+)?(?:[a-z']+\s+){0,2}?(?:money|savings|pension|jewellery|rings?|cards?|purse|wallet|benefits|cash)\b|\bstealing\s+from\s+(?:her|him|me|them|my)\b|\bemptied\s+(?:her|his|my|their)\s+(?:bank\s+)?account\b|\b(?:changed|change)\s+(?:her|his)\s+will\b|\bmade\s+(?:her|him)\s+sign\b|\bfinancial(?:ly)?\s+abus\w*|\bcuckoo(?:ing|ed)\b", Options, 1000)]
    private static partial Regex FinancialAbusePattern();

    [GeneratedRegex(@"\b(?:kids|children|child|baby|babies|toddler|little\s+ones?)\s+(?:are|is|were|was|get|gets|got)\s+(?:often\s+|always\s+)?left\s+(?:home\s+)?(?:alone|on\s+(?:their|his|her)\s+own|by\s+themselves|unattended)\b|\bleft\s+(?:the\s+|her\s+|his\s+)?(?:kids|children|baby|toddler)\s+(?:home\s+)?(?:alone|on\s+their\s+own|unattended)\b|\bgroom(?:ed|ing)\b|\bshak(?:es|ing|ed|en)\s+the\s+baby\b|\b(?:child|kids|children|son|daughter|baby)\s+(?:is|are)\s+(?:not\s+safe|at\s+risk|in\s+danger)\b|\bchild\s+(?:protection|abuse)\b", Options, 1000)]
    private static partial Regex ChildAtRiskPattern();

    [GeneratedRegex(@"\bthreat\w*\s+(?:to\s+)?(?:kill|hurt|hit|stab|burn|beat|harm|shoot|strangle|kick\s+(?:me|her|him)\s+out|take\s+the\s+(?:kids|children|baby))\b|\b(?:said|says|say|told\s+me)\s+(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+is\s+going\s+to|\s+was\s+going\s+to|\s+was\s+gonna)\s+(?:kill|stab|hurt|burn|beat|hit|harm|shoot|strangle)\b|\b(?:going\s+to|gonna|will|'ll)\s+kill\s+(?:me|her|him|us|them)\b|\b(?:knife|gun)\s+to\s+(?:my|her|his)\b", Options, 1000)]
    private static partial Regex ThreatPattern();

    [GeneratedRegex(@"\b(?:touched|touching|touches|groped|groping|gropes|fondled)\s+(?:[a-z']+\s+){0,3}?(?:inappropriately|down\s+there|private|breasts?|bottom)\b|\binappropriate(?:ly)?\s+touch\w*|\brap(?:e|ed|ing|ist)\b|\bsexual(?:ly)?\s+(?:abus\w*|assault\w*|exploit\w*)|\b(?:forced|made|makes|force)\s+(?:me|her|him)\s+(?:to\s+)?(?:have\s+sex|do\s+sexual|do\s+things|watch\s+porn)\b|\b(?:nude|naked|indecent|sexual)\s+(?:pictures|photos|images|messages)\b", Options, 1000)]
    private static partial Regex SexualAbusePattern();

    [GeneratedRegex(@"\b(?:has|have|keeps|kept|took|takes|taken|holds|holding)\s+(?:[a-z']+\s+)?passports?\b|\bpassports?\s+(?:kept|taken|held)\b|\bfor\s+no\s+(?:money|pay|wages)\b|\bnot\s+(?:being\s+)?paid\s+(?:anything|at\s+all|for\s+(?:months|weeks))\b|\bsleeps?\s+(?:in\s+(?:a|the)\s+(?:shed|van|car\s+wash|garage|barn|factory)|at\s+(?:the|his|her)\s+(?:car\s+wash|nail\s+bar|farm|factory|work))\b|\b(?:modern\s+slavery|trafficked|trafficking|debt\s+bondage)\b|\block(?:s|ed|ing)?\s+(?:me|her|him|them)\s+in\b", Options, 1000)]
    private static partial Regex SlaveryPattern();

    [GeneratedRegex(@"\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:to\s+(?:go(?:ing)?\s+(?:back\s+)?home|be\s+at\s+home|go\s+back)|of\s+(?:going\s+(?:back\s+)?home|him|her|my\s+(?:husband|partner|wife|son|daughter|dad|father|mum|mother|boyfriend|girlfriend|ex|carer|stepdad|stepmum|brother|uncle)))\b|\b(?:don'?t|do\s+not|never)\s+feel\s+safe\s+(?:at\s+home|with\s+(?:him|her|my)|around\s+(?:him|her)|in\s+my\s+(?:own\s+)?(?:home|house))\b|\bnot\s+safe\s+(?:at\s+home|with\s+(?:him|her|his|my|their))\b", Options, 1000)]
    private static partial Regex FearPattern();
}
