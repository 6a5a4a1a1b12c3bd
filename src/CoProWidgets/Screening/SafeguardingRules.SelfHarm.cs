using System.Text.RegularExpressions;
using static CoProWidgets.Screening.SafeguardingLexicon;

namespace CoProWidgets.Screening;

/// <summary>Self-harm and suicide: injuring oneself, not expecting or wanting to be here, and saving up medicines.</summary>
internal static partial class SafeguardingRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // "I cut again", "scratching my arms til they bleed", "making herself sick", "stopped eating". "A danger to
    // myself" is a driving test, not an injury, so the verb must be one that injures.
    [GeneratedRegex(@"\b(?:i|i'?ve|i\s+have|she'?s|he'?s|she|he)\s+(?:been\s+|started\s+|begun\s+)?(?:cut|cutting|burn(?:t|ed|ing)|scratch(?:ed|ing)|harm(?:ed|ing)|hurt(?:ing)?)\s+(?:again|" + Self + @"|my\s+(?:arms?|legs?|wrists?|thighs?|skin|stomach))\b|\b(?:cut(?:s|ting)?|scratch(?:es|ed|ing)?|burn(?:s|t|ed|ing)?|bit(?:e|es|ing)?|pick(?:s|ed|ing)?|hit(?:s|ting)?|punch(?:es|ed|ing)?)\s+(?:my|her|his|their)\s+(?:arms?|legs?|wrists?|skin|thighs?|head|face)\s+(?:till?|until|so\s+(?:they|it))\s+(?:they\s+|it\s+)?(?:bleed|bled|bleeds|bruise[sd]?)|\bmak(?:e|es|ing)\s+" + Self + @"\s+sick\b|\b(?:stopped|stopping|refus(?:es|ed|ing))\s+eating\b|\beating\s+disorder|\b(?:don'?t|barely|hardly)\s+eat(?:ing)?\s+(?:much|anything)\s+(?:these\s+days|any\s?more|now)\b|\blong\s+sleeves\s+(?:even\s+)?in\s+(?:the\s+)?(?:summer|heat)\b", Options, 1000)]
    private static partial Regex SelfInjuryPattern();

    // Not expecting to be alive, or having meant to end it: "I don't think I'll be here in 6 weeks", "if I didn't
    // have the dog I'd have ended it", "I keep thinking about the bridge", "had enough of life".
    [GeneratedRegex(@"\b(?:don'?t|do\s+not)\s+think\s+(?:i'?ll|ill|i\s+will|i'?m\s+going\s+to)\s+(?:still\s+)?(?:be\s+(?:here|around|alive)|make\s+it)\b|\b(?:won'?t|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around|alive)\s+(?:much\s+longer|for\s+long|by|next|at|in\s+\w+\s+(?:weeks?|months?))|(?:'d|\bid|\bwould|\bwill|'ll|\bwant(?:ed)?\s+to|going\s+to|gonna|thinking\s+(?:of|about)|might|could)\s+(?:have\s+)?(?:end(?:ed)?|ending)\s+(?:it|things|my\s+life)(?:\s+all)?\b(?!\s+with)|\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:the\s+)?(?:bridge|railway\s+line|train\s+tracks|cliff|jumping|ending|dying|not\s+(?:being\s+here|waking\s+up)|killing\s+" + Self + @"|taking\s+my\s+(?:own\s+)?life|hurting\s+" + Self + @")\b|\b(?:had|have)\s+enough\s+of\s+(?:life|living|everything)\b|\bdon'?t\s+(?:really\s+)?see\s+(?:why|the\s+point\s+(?:in|of))\s+(?:i\s+)?(?:bother(?:ing)?|living|going\s+on|carrying\s+on)\s+(?:any\s?more|with\s+anything)|\bbetter\s+off\s+(?:without\s+me|if\s+i\s+(?:wasn'?t|was\s+not|weren'?t|wasnt)\s+(?:here|around|alive)|if\s+i\s+(?:was|were)\s+(?:dead|gone))\b|\b(?:no\s+point|pointless)\s+(?:in\s+)?(?:living|going\s+on|being\s+here|carrying\s+on|waking\s+up|me\s+being\s+here)\b", Options, 1000)]
    private static partial Regex NotBeingHerePattern();

    // Saving medicines up is planning, whatever the words: "stockpiling my sleeping pills", "saving my tablets".
    [GeneratedRegex(@"\b(?:sav(?:es|ed|ing)|stockpil(?:e|es|ed|ing)|hoard(?:s|ed|ing)?|stash(?:es|ed|ing)?|built\s+up|building\s+up)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:my|her|his|the|their)?\s*(?:old\s+)?" + Medicine + @"\b(?!\s+(?:for\s+(?:the\s+)?(?:holiday|trip)|in\s+(?:the|a)\s+(?:fridge|box|dosette)))|\b" + Medicine + @"\s+(?:saved|stockpiled|hoarded|stashed)\b|\bover\s?dos(?:e|ed|ing)\b|\b(?:took|taken|take|taking)\s+(?:too\s+many|a\s+load\s+of|loads\s+of|a\s+handful\s+of|handfuls\s+of|all\s+(?:of\s+)?)\s*(?:my\s+|her\s+|his\s+|the\s+)?" + Medicine + @"\b", Options, 1000)]
    private static partial Regex HoardingPattern();
}
