namespace CoProWidgets.Screening;

/// <summary>
/// Screens a written survey answer for personal data and possible safeguarding concerns before anyone may publish it.
/// It leans towards finding: each finding is for a person to look at, not a decision. Answers are bounded upstream
/// to a few thousand characters and every pattern has a timeout, so this is cheap enough to run on every submission.
/// </summary>
internal static class AnswerScreen
{
    public static ScreeningResult Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Curly apostrophes become straight ones one for one, so positions in the plain text are positions in the original.
        var plain = text.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var normalised = Normaliser.Normalise(plain);
        var findings = new List<ScreeningFinding>();
        foreach (var (kind, start, length) in ContactPatterns.Find(normalised.Text))
        {
            var (from, span) = normalised.ToOriginal(start, length);
            findings.Add(new(kind, from, span));
        }

        foreach (var (kind, start, length) in PlacePatterns.Find(plain).Concat(DatePatterns.Find(plain)).Concat(NamePatterns.Find(plain)))
        {
            findings.Add(new(kind, start, length));
        }

        foreach (var (concern, start, length) in SafeguardingPhrases.Find(plain).Concat(SafeguardingRules.Find(plain)).Concat(SafeguardingSignals.Find(plain)))
        {
            // The bare name of a harm in an opinion about services ("domestic abuse services need funding") is no concern.
            if (!SafeguardingTopic.IsTopic(plain, start, length))
            {
                findings.Add(new(ScreeningKind.Safeguarding, start, length, concern));
            }
        }

        // Detectors overlap ("my GP Sarah Jenkins" is a relationship, a full name and a first name): keep the widest.
        var distinct = findings.Distinct().ToList();
        var widest = distinct.Where(finding => !distinct.Any(other => other != finding && other.Kind == finding.Kind && other.Concern == finding.Concern && Contains(other, finding)));
        return new([.. widest.OrderBy(finding => finding.Start).ThenBy(finding => finding.Kind)]);
    }

    private static bool Contains(ScreeningFinding outer, ScreeningFinding inner) =>
        outer.Start <= inner.Start && inner.Start + inner.Length <= outer.Start + outer.Length && outer.Length > inner.Length;
}
