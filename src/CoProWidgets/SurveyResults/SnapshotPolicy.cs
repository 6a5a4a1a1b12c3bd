using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// What the next published snapshot of a survey's results holds, so that no sequence of snapshots reveals anybody.
/// For each published question it tries the live figures, with the usual suppression, and asks
/// <see cref="DisclosureAudit"/> whether every snapshot ever published together with this one lets anyone work out a
/// count about fewer than the threshold of people that could not be worked out before. If so it hides more group
/// rows, one at a time, choosing each time the row whose hiding leaves least to work out; if even everyone's row alone
/// would reveal someone, the question keeps its previous figures (or, with none, is not shown). On the schedule, a
/// group row not shown in the previous snapshot stays hidden: showing a group for the first time, or again, is for
/// staff, who first see what will become visible.
/// </summary>
internal static class SnapshotPolicy
{
    /// <summary>The questions whose figures are published: choice questions that are not equality questions.</summary>
    public static IEnumerable<SurveyQuestion> Published(SurveyDefinition survey) =>
        survey.Questions.Where(question => question.HasOptions && !question.IsPrivate);

    /// <summary>The next snapshot, given every snapshot published before it (withdrawn ones too: they were seen).</summary>
    public static SnapshotDecision Next(SurveyDefinition survey, SurveyTally live, IReadOnlyList<SnapshotRecord> history, int suppressBelow, bool scheduled, TimeSpan? budget = null)
    {
        // An audit that runs out of time counts as unsafe: the question keeps its figures, and nothing waits for ever.
        using var time = new CancellationTokenSource(budget ?? Timeout.InfiniteTimeSpan);
        var cancellation = time.Token;
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(history);
        var counts = live.Counts.Where(pair => pair.Key.Question.Length == 0 && pair.Key.Option != DisclosureAudit.RemovedOption).ToDictionary(pair => pair.Key, pair => pair.Value);
        var held = new List<string>();
        var hidden = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var groups = Suppression.GroupsOf(survey);
        var bases = history.Select(record => record.Basis).Append(live).ToList();
        // What the public sees now: withdrawn snapshots were seen, so the audit counts them, but nothing is copied
        // from one, and a row it showed counts as not shown.
        var latest = history.LastOrDefault(record => !record.Withdrawn);
        foreach (var question in Published(survey))
        {
            var source = live;
            if (!question.IsGroup)
            {
                var publications = Publications(survey, question, history, suppressBelow);
                IReadOnlySet<Disclosure>? before;
                try
                {
                    // The audit solves each question on its own, so the people asked a question routed on another
                    // answer than the group's could give that answer away between snapshots: such a question keeps the
                    // figures it had (none, for a new one) until the audit solves it with the answers it reads.
                    before = RoutedBeyondTheGroup(survey, question) ? null
                        : history.Count == 0 ? new HashSet<Disclosure>() : DisclosureAudit.Find(question, groups, bases[..^1], publications, suppressBelow, cancellation);
                }
                catch (Exception ex) when (ex is InvalidOperationException || (ex is OperationCanceledException && cancellation.IsCancellationRequested))
                {
                    // Out of time, or counts the equations cannot hold (a survey file changed under its responses).
                    before = null;
                }

                bool Safe(IReadOnlySet<string> hiding)
                {
                    if (before is null)
                    {
                        return false;
                    }

                    var shown = Shown(survey, question, live, suppressBelow, hiding);
                    var next = publications.Append(new AuditedPublication(history.Count, shown.Everyone, shown.Groups)).ToList();
                    try
                    {
                        return DisclosureAudit.Find(question, groups, bases, next, suppressBelow, cancellation).IsSubsetOf(before);
                    }
                    catch (Exception ex) when (ex is InvalidOperationException || (ex is OperationCanceledException && cancellation.IsCancellationRequested))
                    {
                        return false;
                    }
                }

                var hiding = scheduled && latest is not null ? NotShownIn(survey, question, latest, suppressBelow) : [];
                if (scheduled && latest is null)
                {
                    hiding = [.. groups];
                }

                var choice = Choose(survey, question, live, suppressBelow, hiding, Safe);
                if (choice is null && latest is not null)
                {
                    source = latest.Published;
                    held.Add(question.Id);
                    choice = latest.Hidden.GetValueOrDefault(question.Id) is { } previous ? [.. previous] : [];
                }

                choice ??= [Disclosure.AllGroups];
                if (choice.Count > 0)
                {
                    hidden[question.Id] = choice;
                }
            }

            foreach (var (key, count) in source.Counts.Where(pair => pair.Key.Question == question.Id))
            {
                counts[key] = count;
            }
        }

        return new SnapshotDecision(new SurveyTally(counts), held, hidden);
    }

    /// <summary>Whether a question is asked on a condition that reads anything but the answers to an unrouted group question.</summary>
    internal static bool RoutedBeyondTheGroup(SurveyDefinition survey, SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(question);
        var group = survey.GroupQuestion;
        var groupRouted = group is not null && (group.ShowIf is not null || survey.PageDetails[group.Page].ShowIf is not null);
        return new[] { question.ShowIf, survey.PageDetails[question.Page].ShowIf }
            .Where(condition => condition is not null)
            .SelectMany(condition => condition!.Clauses)
            .Any(clause => groupRouted || clause.Question != group?.Id);
    }

    /// <summary>The audit's view of every snapshot in <paramref name="history"/> for one question.</summary>
    public static List<AuditedPublication> Publications(SurveyDefinition survey, SurveyQuestion question, IReadOnlyList<SnapshotRecord> history, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(history);
        var publications = new List<AuditedPublication>();
        var shownBefore = -1;
        for (var s = 0; s < history.Count; s++)
        {
            var record = history[s];
            var from = shownBefore >= 0 && record.Held.Contains(question.Id) ? publications[shownBefore].FiguresFrom : s;
            shownBefore = record.Withdrawn ? shownBefore : s;
            var shown = Shown(survey, question, record.Published, suppressBelow, record.Hidden.GetValueOrDefault(question.Id));
            publications.Add(new AuditedPublication(from, shown.Everyone, shown.Groups));
        }

        return publications;
    }

    private static (bool Everyone, IReadOnlyList<string> Groups) Shown(SurveyDefinition survey, SurveyQuestion question, SurveyTally tally, int suppressBelow, IReadOnlySet<string>? hiding)
    {
        var groups = Suppression.GroupsOf(survey);
        var (everyoneHidden, groupsHidden) = Suppression.Of(survey, question, tally, suppressBelow, hiding);
        return (!everyoneHidden, groups.Where((_, i) => !everyoneHidden && !groupsHidden[i]).ToList());
    }

    // A group's row not shown, or with nobody in it, in the latest snapshot.
    private static HashSet<string> NotShownIn(SurveyDefinition survey, SurveyQuestion question, SnapshotRecord latest, int suppressBelow)
    {
        var shown = Shown(survey, question, latest.Published, suppressBelow, latest.Hidden.GetValueOrDefault(question.Id));
        return [.. Suppression.GroupsOf(survey).Where(group => !shown.Groups.Contains(group) || latest.Published.Of(question.Id, string.Empty, group) == 0)];
    }

    private static HashSet<string>? Choose(SurveyDefinition survey, SurveyQuestion question, SurveyTally live, int suppressBelow, HashSet<string> hiding, Func<IReadOnlySet<string>, bool> safe)
    {
        while (true)
        {
            if (safe(hiding))
            {
                return hiding;
            }

            // Hide one more shown group: the smallest, as the usual suppression would.
            var shown = Shown(survey, question, live, suppressBelow, hiding).Groups;
            if (shown.Count == 0)
            {
                return null;
            }

            hiding = [.. hiding, shown.MinBy(group => live.Of(question.Id, string.Empty, group))!];
        }
    }
}

/// <summary>One published snapshot, as the policy needs it.</summary>
/// <param name="Basis">The true counts when it was taken.</param>
/// <param name="Published">The counts its figures were made from.</param>
/// <param name="Held">The questions it kept at earlier figures.</param>
/// <param name="Hidden">For each question, the group rows it hid beyond the usual suppression.</param>
/// <param name="Withdrawn">Whether staff withdrew it.</param>
internal sealed record SnapshotRecord(SurveyTally Basis, SurveyTally Published, IReadOnlyList<string> Held, IReadOnlyDictionary<string, IReadOnlySet<string>> Hidden, bool Withdrawn = false);

/// <summary>What the next snapshot publishes.</summary>
/// <param name="Tally">The counts its figures are made from.</param>
/// <param name="Held">The questions kept at their previous figures.</param>
/// <param name="Hidden">For each question, the group rows hidden beyond the usual suppression.</param>
internal sealed record SnapshotDecision(SurveyTally Tally, IReadOnlyList<string> Held, IReadOnlyDictionary<string, IReadOnlySet<string>> Hidden);
