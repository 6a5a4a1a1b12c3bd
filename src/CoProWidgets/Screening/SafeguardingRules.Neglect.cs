using System.Text.RegularExpressions;
using static CoProWidgets.Screening.SafeguardingLexicon;

namespace CoProWidgets.Screening;

/// <summary>Money taken and care left undone: belongings held by someone else, and a person left without what they need.</summary>
internal static partial class SafeguardingRules
{
    // Someone holding what another's life runs on: "he's got my passport", "the boss holds onto all the workers'
    // papers", "care home staff keep my father's money", "takes most of her pay". Theft from a person ("robbing her
    // blind", "had her purse off her") and borrowing from one who cannot refuse ("asks her for loans").
    [GeneratedRegex(Doer + @"(?:\s+[a-z']+){0,3}?(?:\s+|(?='s\s+got))(?:takes?|took|taken|keeps?|kept|holds?(?:\s+onto)?|held|has\s+got|'s\s+got|got|controls?|spends?|spent|uses?|used|had)\s+(?:all\s+|most\s+|half\s+)?(?:of\s+)?(?:(?:my|her|his|their|our)\s+(?:\w+(?:'s|s')?\s+)?|(?:mum|dad|nan|gran|mother|father|grandad|grandma)(?:'s|s)\s+|the\s+(?:workers'?|residents'?)\s+)" + Belonging + @"\b(?:\s+(?:off|from|away\s+from)\s+(?:me|her|him|them))?|\b(?:rob(?:s|bed|bing|bin')?|steal(?:s|ing)?|stole|nick(?:s|ed|ing)|fleec(?:es|ed|ing)|scam(?:s|med|ming))\s+(?:from\s+)?" + Victim + @"\b|\b(?:asks?|asked|asking|borrow(?:s|ed|ing)?)\s+(?:" + Victim + @"\s+)?(?:for\s+)?['""]?(?:loans?|money|cash)\b|\bfinancial(?:ly)?\s+abus\w*", Options, 1000)]
    private static partial Regex TakingBelongingsPattern();

    // Money that goes, while someone else holds it: "£400 went missing", "looks after the money ... nothing left".
    [GeneratedRegex(@"(?:\b(?:money|cash|pension|savings|jewellery|rings?|purse|wallet)|£\d[\d,]*)\s+(?:\w+\s+)?(?:went|goes|gone|going|has\s+gone|keeps\s+going)\s+missing\b|\b(?:looks?\s+after|handles?|manages?|controls?|in\s+charge\s+of|sorts?)\s+(?:all\s+)?(?:the|her|his|my|their)\s+(?:money|finances|bank|pension|benefits)\b[^.!?]{0,120}?(?:nothing\s+left|no\s+money|never\s+(?:has|seems\s+to\s+have)\s+any|new\s+car|can'?t\s+afford)", Options, 1000)]
    private static partial Regex MoneyGonePattern();

    // Left in a wet pad or bed, left in bed all day, left alone for days, sores: care not done to a person.
    [GeneratedRegex(@"\b(?:left|leave|leaves|leaving|lying|lay|sitting|sat|kept)\s+(?:[a-z']+\s+){0,4}?in\s+(?:a\s+|her\s+|his\s+|their\s+|the\s+|my\s+)?(?:same\s+|own\s+)?(?:wet|soiled|dirty|soaking|soaked|filthy|same|own|cold)\s+(?:[a-z']+\s+)?(?:bed|pads?|sheets|clothes|nappy|nappies|pyjamas|nightie|nightdress|mess|urine|faeces|wee|poo|sick|vomit|excrement)\b|\b(?:left|leave|leaves|leaving)\s+(?:her|him|them|mum|dad|nan|gran|my\s+\w+)\s+in\s+(?:bed|the\s+chair|(?:her|his|a)\s+chair)\s+(?:all\s+day|for\s+(?:hours|days))|\bleft\s+(?:alone|on\s+(?:her|his|their)\s+own)\s+(?:all\s+day|all\s+night|overnight|for\s+(?:days|hours|weeks)|in\s+the\s+dark)|\b(?:got|has|have|had|developed|with|now)\s+(?:bad\s+|terrible\s+)?sores\b|\b(?:pressure|bed)\s+sores?\b|\bwet\s+" + Self + @"\s+(?:\w+\s+)?(?:waiting|because|before)", Options, 1000)]
    private static partial Regex LeftUncaredPattern();

    // Needs not met, said as the thing missing: the jug always empty, nobody bringing lunch, the call bell taken.
    [GeneratedRegex(@"\bno\s+(?:food|heating|heat)\s+in\s+the\s+(?:house|flat|fridge|home)\b|\b(?:water\s+)?jug\s+(?:is\s+|was\s+)?(?:always\s+|often\s+)?empty\b|\b(?:no\s?one|nobody|never)\s+(?:ever\s+)?(?:brings?|brought|gives?|gave|helps?|helped|offers?|offered|takes?|took)\s+(?:her|him|them|mum|dad|nan|gran|my\s+\w+)\s+(?:a\s+|any\s+|her\s+|his\s+)?(?:lunch|dinner|food|meals?|drinks?|water|breakfast|tea|wash|to\s+the\s+toilet)\b|\b(?:take|took|taking|takes|moved|moving|move)\s+(?:her|his|their|the)\s+(?:call\s+)?bell\s+away\b|\b(?:call\s+)?bell\s+(?:out\s+of\s+(?:her|his|their)?\s*reach|taken\s+away)|\b(?:leave|leaves|left)\s+(?:her|him|me|them)?\s*(?:a\s+)?(?:sandwich|meal|food|tray|drink)\s+(?:that\s+)?(?:i|she|he|they)\s+(?:can'?t|cannot|couldn'?t)\s+(?:open|reach|eat)", Options, 1000)]
    private static partial Regex DeprivedPattern();

    // Signs someone is not coping or not being seen to: post piling up, curtains shut all day, a home gone filthy.
    [GeneratedRegex(@"\b(?:post|mail|milk|letters|papers)\s+(?:\w+\s+)?piled\s+up\b|\bbins\s+(?:haven'?t|have\s+not|hasn'?t)\s+(?:gone|been\s+(?:put|taken))\s+out\b|\bcurtains\s+(?:are\s+|have\s+been\s+)?(?:shut|closed|drawn)\s+all\s+day\b|\b(?:house|home|flat|room|kids|children)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:always\s+|really\s+|so\s+|absolutely\s+)?(?:filthy|squalid|stinks|stinking)\b|\b(?:they'?re|they\s+are|she'?s|she\s+is|he'?s|he\s+is)\s+(?:always\s+)?filthy\b", Options, 1000)]
    private static partial Regex WelfarePattern();

    // Medicating people to make them easier to look after.
    [GeneratedRegex(@"\b(?:giving|gives|gave|given)\s+(?:the\s+)?(?:residents|patients|her|him|them|mum|dad|nan|gran)\s+(?:\w+\s+)?(?:sleeping\s+(?:tablets|pills)|sedatives?|tablets|medication|meds|something)\s+(?:so\s+(?:the\s+)?(?:staff|they|night|she|he)|to\s+(?:keep|make)\s+(?:them|her|him)\s+(?:quiet|calm|sleep|asleep|still))", Options, 1000)]
    private static partial Regex SedationPattern();
}
