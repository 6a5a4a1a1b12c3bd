namespace CoProWidgets.Screening;

/// <summary>
/// The word families the safeguarding rules are composed of: who may do harm, who it is done to, what is done, and
/// the words that turn a sentence round ("never", "no one"). A rule is a family next to a family, so a new way of
/// saying one thing ("my nephew" for "my son", "shoves" for "pushes") is found without a new phrase.
/// </summary>
internal static class SafeguardingLexicon
{
    /// <summary>People, named by relationship or role, with or without "my", "her", "the", "one of the".</summary>
    public const string PersonNoun = @"(?:partner|husband|wife|boyfriend|girlfriend|fella|missus|dad|father|mum|mother|son|daughter|stepdad|stepmum|stepfather|stepmother|brother|sister|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|cousin|carers?|care\s+workers?|support\s+workers?|staff|nurses?|manager|boss|gaffer|neighbou?rs?|lodger|man|men|woman|women|lads?|guy|teacher|driver|ex|friend|family)";

    /// <summary>Someone who does something: a pronoun or a person noun.</summary>
    public const string Doer = @"(?:\b(?:he|she|they|them|i|someone|somebody)|\b" + PersonNoun + @")";

    /// <summary>Someone something is done to: never a thing ("the target", "the list", "corners").</summary>
    public const string Victim = @"(?:me|us|her|him|them|herself|himself|mum|dad|nan|gran|(?:my|her|his|their|the|our)\s+(?:little\s+|old\s+|elderly\s+)?(?:kids|children|child|baby|babies|boys?|girls?|residents|patients|little\s+ones|mum|mother|dad|father|nan|nana|gran|granny|grandma|grandad|wife|husband|partner|sister|brother|son|daughter|lad|aunt|uncle|grandson|granddaughter))";

    /// <summary>Hurting someone, in every tense people use, including the ones that are not verbs ("gets handy with").</summary>
    public const string HarmVerb = @"(?:hit|hits|hitting|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|push(?:es|ed)|shov(?:e|es|ed|ing)|grab(?:s|bed|bing)?|shak(?:es|ing|en)|shook|throw(?:s|ing)?|threw|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|burn(?:s|t|ed)|bit|bites|biting|hurt(?:s|ing)?|beat(?:s|en|ing)?|batter(?:s|ed|ing)?|thump(?:s|ed|ing)?|pinch(?:es|ed|ing)?|drag(?:s|ged|ging)?|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|spat\s+at|spits?\s+at|twist(?:s|ed)|restrain(?:s|ed)|lash(?:es|ed)?\s+out\s+at|gets?\s+handy\s+with|got\s+handy\s+with|raised?\s+(?:a|his|her)\s+hands?\s+to|rais(?:es|ing)\s+(?:a|his|her)\s+hands?\s+to)";

    /// <summary>The one doing it to themself.</summary>
    public const string Self = @"(?:my\s?self|meself|herself|himself|themselves|themself)";

    /// <summary>Medicines, for saving them up or taking too many.</summary>
    public const string Medicine = @"(?:tablets|pills|paracetamol|meds|medication|medicines?|sleeping\s+(?:tablets|pills)|painkillers|insulin|co-?codamol|tramadol|codeine|morphine|antidepressants)";

    /// <summary>What someone's life is run with: taking or keeping it is control.</summary>
    public const string Belonging = @"(?:money|bank\s+(?:cards?|details|account)|cards?|pension|passports?|id|papers|documents|wages|pay|earnings|benefits|savings|phone(?!\s*(?:number|no))|keys|purse|wallet)";

    /// <summary>A child's age said as a number of years, up to seventeen.</summary>
    public const string ChildAge = @"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)";
}
