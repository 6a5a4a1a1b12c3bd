using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Which rows of one question's figures are not shown, and why each: the one notion of a suppressed figure, whether
/// the figures come from the live counts (a staff preview of the next snapshot) or from a published snapshot, which
/// may hide more rows than the usual suppression (<see cref="SnapshotPolicy"/>).
/// </summary>
internal sealed record Suppression
{
    private Suppression(SuppressedBecause? everyone, IReadOnlyList<SuppressedBecause?> groups)
    {
        Everyone = everyone;
        Groups = groups;
    }

    /// <summary>
    /// Why a hidden row is not shown, in words, the same for every reason: saying which would tell a reader whether
    /// that group has fewer responses than the threshold, which the hiding is there to keep. These are the British
    /// English words of <see cref="ResultsText"/>, where every language's are (a test holds them equal).
    /// </summary>
    public const string Why = "so that no one can be identified";

    /// <summary>What a table cell or a chart shows in place of a hidden row.</summary>
    public const string NotShown = "Not shown, " + Why;

    /// <summary>Why everyone's row is hidden, or null when it is shown.</summary>
    public SuppressedBecause? Everyone { get; }

    /// <summary>Why each group's row is hidden, in the group question's order, or null when it is shown.</summary>
    public IReadOnlyList<SuppressedBecause?> Groups { get; }

    /// <summary>Whether everyone's row is hidden.</summary>
    public bool EveryoneHidden => Everyone is not null;

    /// <summary>Whether each group's row is hidden, in the group question's order.</summary>
    public bool[] GroupsHidden => Groups.Select(reason => reason is not null).ToArray();

    /// <summary>Whether everyone's row is hidden, and whether each group's is.</summary>
    public void Deconstruct(out bool everyone, out bool[] groups)
    {
        everyone = EveryoneHidden;
        groups = GroupsHidden;
    }

    /// <summary>
    /// The usual suppression: which rows to hide so that no figure, and no difference between figures, rests on
    /// between 1 and <paramref name="suppressBelow"/> - 1 responses. A group's row is hidden when it rests on too few.
    /// Then the remainder, everyone minus the shown groups (the hidden groups with the people who gave no group), must
    /// be empty or large enough too, or subtracting would give its figures exactly: while it is not, the smallest shown
    /// group is hidden as well. Every shown group rests on at least the threshold, so the remainder less any set of
    /// shown groups is at least as large as the remainder itself, and no subtraction reveals a small count. A row with
    /// no responses at all is shown as such, unless everyone's row is hidden: then every row is.
    /// </summary>
    /// <param name="everyone">The responses to the question overall.</param>
    /// <param name="groups">The responses to the question within each group.</param>
    /// <param name="suppressBelow">The threshold.</param>
    public static Suppression Usual(long everyone, IReadOnlyList<long> groups, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (everyone > 0 && everyone < suppressBelow)
        {
            // Every group's row goes with everyone's, an empty one too: "carers: no responses" beside a hidden handful
            // says who the handful are not, and a later snapshot's figures can then pin what they answered.
            return new(SuppressedBecause.TooFewResponses, groups.Select(_ => (SuppressedBecause?)SuppressedBecause.TooFewResponses).ToArray());
        }

        var hidden = groups.Select(total => total > 0 && total < suppressBelow ? SuppressedBecause.TooFewResponses : (SuppressedBecause?)null).ToArray();
        while (everyone - Enumerable.Range(0, groups.Count).Where(i => hidden[i] is null).Sum(i => groups[i]) is var remainder && remainder > 0 && remainder < suppressBelow)
        {
            // Never empty here: with every group hidden the remainder is everyone, which is not small.
            var smallest = Enumerable.Range(0, groups.Count).Where(i => hidden[i] is null && groups[i] > 0).MinBy(i => groups[i]);
            hidden[smallest] = SuppressedBecause.WouldRevealTheRest;
        }

        return new(null, hidden);
    }

    /// <summary>
    /// Which rows of a question a set of figures shows: the usual suppression, and the groups a snapshot hid as well
    /// (<paramref name="hiding"/>: all of them, and everyone's row, for <see cref="Disclosure.AllGroups"/>).
    /// </summary>
    public static Suppression Of(SurveyDefinition survey, SurveyQuestion question, SurveyTally tally, int suppressBelow, IReadOnlySet<string>? hiding)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(tally);
        var groups = question.IsGroup ? [] : GroupsOf(survey);
        var usual = Usual(tally.Of(question.Id, string.Empty, string.Empty), groups.Select(group => tally.Of(question.Id, string.Empty, group)).ToList(), suppressBelow);
        if (hiding is null || hiding.Count == 0)
        {
            return usual;
        }

        var all = hiding.Contains(Disclosure.AllGroups);
        var hidden = groups.Select((group, i) => usual.Groups[i] ?? (all || hiding.Contains(group) ? SuppressedBecause.HiddenByTheAudit : null)).ToArray();
        return new(usual.Everyone ?? (all ? SuppressedBecause.HiddenByTheAudit : null), hidden);
    }

    /// <summary>The ids of the survey's respondent groups, in order; none without a group question.</summary>
    public static List<string> GroupsOf(SurveyDefinition survey) => survey.GroupQuestion?.Options.Select(option => option.Id).ToList() ?? [];
}

/// <summary>Why a row of figures is hidden. The public is never told which (see <see cref="Suppression.Why"/>).</summary>
internal enum SuppressedBecause
{
    /// <summary>It rests on between one and the threshold less one responses.</summary>
    TooFewResponses,

    /// <summary>It rests on enough, but everyone less the shown groups would then rest on too few.</summary>
    WouldRevealTheRest,

    /// <summary>Together with every snapshot published before, showing it would let someone work out a small count.</summary>
    HiddenByTheAudit,
}
