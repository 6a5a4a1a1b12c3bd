using System.Text.RegularExpressions;

namespace CoProWidgets.Screening;

/// <summary>
/// Whether the name of a harm ("domestic abuse", "suicide", "self-harm", "modern slavery") is the subject of an
/// opinion about services rather than something happening to someone: "domestic abuse services should be better
/// funded", "the leaflets on self-harm are good", "training on recognising financial abuse", or a harm said to be
/// long over ("I self-harmed as a teenager ... I'm well now"). Only the bare names of harms are judged so; a harm
/// done by someone to someone ("he hits me") is never discounted here, and the model still reads the whole answer.
/// </summary>
internal static partial class SafeguardingTopic
{
    public static bool IsTopic(string text, int start, int length)
    {
        if (!BareNamePattern().IsMatch(text.AsSpan(start, length)))
        {
            return false;
        }

        // "Still", "again", "right now": whatever else the answer says, something is happening now.
        if (PresentPattern().IsMatch(text))
        {
            return false;
        }

        var after = text[(start + length)..Math.Min(text.Length, start + length + 40)];
        var before = text[Math.Max(0, start - 40)..start];
        var sentence = SentenceAround(text, start, length);
        return ServiceAfterPattern().IsMatch(after) || ServiceBeforePattern().IsMatch(before) || (LongAgoPattern().IsMatch(sentence) && SafeNowPattern().IsMatch(text));
    }

    private static string SentenceAround(string text, int start, int length)
    {
        var from = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(['.', '!', '?', '\n'], start + length);
        return text[from..(to < 0 ? text.Length : to)];
    }

    [GeneratedRegex(@"^(?:domestic\s+(?:abuse|violence)|coercive|suicid\w*|self[\s\-]?harm\w*|(?:physical|emotional|verbal|racial|elder)\w*\s+abus\w*|financial(?:ly)?\s+abus\w*|modern\s+slavery|trafficking|child\s+(?:protection|abuse)|grooming|sexual(?:ly)?\s+(?:abus|assault|exploit)\w*|abusive\s+(?:relationship|marriage))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BareNamePattern();

    [GeneratedRegex(@"^\s*(?:and\s+\w+\s+)?(?:control\s+law|services?|support\s+services|helplines?|prevention|campaigns?|posters?|leaflets?|training|awareness|law|laws|legislation|funding|refuges?|teams?|polic(?:y|ies)|strategy|charit(?:y|ies)|week|month|first\s+aid|workers?|advocates?|specialists?|courses?|is\s+far\s+more\s+common|is\s+everybody'?s|was\s+on\s+the\s+(?:radio|news|telly|tv)|in\s+(?:car\s+washes|nail\s+bars)\s+was\s+on)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ServiceAfterPattern();

    [GeneratedRegex(@"\b(?:leaflets?|posters?|training|campaign|awareness|talk|course|documentary|programme|article|story|news)\s+(?:about|on|around|for|of|regarding)\s+(?:recognising\s+|spotting\s+|tackling\s+|preventing\s+)?(?:the\s+signs\s+of\s+)?$|\b(?:recognising|spotting|tackling|preventing|prevention\s+of|routine\s+enquiry\s+about|lists\s+the\s+national)\s+(?:the\s+signs\s+of\s+)?$|\b(?:posters?|leaflets?|cards?|signs?|campaign|documentary|programme)\b[^.!?]{0,30}\babout\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ServiceBeforePattern();

    [GeneratedRegex(@"\b(?:still|again|any\s?more|right\s+now|at\s+the\s+moment|currently|these\s+days|every\s+(?:day|night)|most\s+(?:days|nights)|living\s+with\s+(?:him|her|them)|things\s+at\s+home)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PresentPattern();

    [GeneratedRegex(@"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|twenty)\s+years\s+ago\b|\bas\s+a\s+(?:teenager|child|kid|young\s+(?:man|woman))\b|\bwhen\s+i\s+was\s+(?:younger|a\s+teenager|a\s+child|at\s+school)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex LongAgoPattern();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am)\s+(?:safe|well|fine|okay|ok|much\s+better|doing\s+(?:well|fine|great))\s+now\b|\bhaven'?t\s+(?:for|since)\b|\bi'?ve\s+rebuilt\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SafeNowPattern();
}
