using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// What an adversary can work out about one question from every snapshot ever published, solved exactly rather than
/// pattern-matched. The unknowns are the answers of the people who arrived between each pair of snapshots, in each
/// group (and with no group): one count per option, per arrival interval, per group. The adversary is given more than
/// is published: every group's exact count in every interval. Every figure ever shown is an equation over those
/// counts; counts are at least zero, so the equations can pin more than linear algebra alone (everyone in a hidden
/// remainder chose the same answer, so a small group within it did too). The audit first finds, by linear programming,
/// every count that no solution can lift above zero, then takes the span of the equations with those zeros: a sum of
/// counts is determined exactly when it lies in that span. A disclosure is such a determined sum, of one or more, over
/// the people of one group (or of all of them) in a run of consecutive intervals who number between 1 and the
/// threshold - 1. Two things make that fast enough for a survey published daily for a year, neither weakening it: each
/// published figure is read as the change since the row was last shown, so the system falls apart into small pieces,
/// and the forced zeros are settled on those pieces with every unknown that is free to move eliminated exactly first,
/// leaving little or nothing for the linear programming (<see cref="ForcedZeros"/>); and a sum is tested against a random solution of the
/// homogeneous equations (<see cref="NullVector"/>), which no determined sum can pass unnoticed.
/// </summary>
internal static class DisclosureAudit
{
    /// <summary>The key the tally keeps the survey's count of removed responses under (exclusions and deletions).</summary>
    public const string RemovedOption = SurveyService.RemovedOption;

    private const int Seed = 61;

    /// <summary>
    /// The disclosures about <paramref name="question"/> in a history of publications. <paramref name="bases"/> holds
    /// the true counts when each snapshot was taken, oldest first; each publication says which basis its figures came
    /// from (a question held at earlier figures keeps an earlier one) and which of its rows it showed.
    /// </summary>
    public static IReadOnlySet<Disclosure> Find(
        SurveyQuestion question,
        IReadOnlyList<string> groups,
        IReadOnlyList<SurveyTally> bases,
        IReadOnlyList<AuditedPublication> publications,
        int threshold,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(publications);
        var system = AuditSystem.Build(question, groups, bases, publications);
        var equations = system.LocalEquations();
        if (equations.Any(equation => equation.Terms.Sum(term => term.Coefficient * system.Truth[term.Column]) != equation.Value))
        {
            // Counts the survey file no longer has (an option taken out after people chose it): nothing can be
            // concluded from equations the true counts do not meet.
            throw new InvalidOperationException("The true counts do not meet the equations.");
        }

        equations = SlackEquations.Without(system, equations);
        var forced = ForcedZeros.Find(system, equations, cancellation);
        cancellation.ThrowIfCancellationRequested();
        // Seeded, so an audit of the same history always decides the same way; no seed can make it miss a disclosure.
        var solution = NullVector.Random(system.Variables, equations.Select(equation => equation.Terms.Where(term => !forced.Contains(term.Column))), new Random(Seed));
        foreach (var column in forced)
        {
            solution[column] = 0;
        }

        var found = new HashSet<Disclosure>();
        var options = question.Options.Select(option => option.Id).ToList();
        var net = new int[bases.Count + 1];
        for (var t = 0; t < bases.Count; t++)
        {
            net[t + 1] = net[t] + (system.HasNetBlocks(t, t) ? 1 : 0);
        }

        bool HasNetBlocks(int from, int to) => from <= to && net[to + 1] > net[from];
        foreach (var group in system.Groups.Append(Disclosure.AllGroups))
        {
            var sums = new IntervalSums(system, group, options, solution);
            for (var from = 0; from < bases.Count; from++)
            {
                cancellation.ThrowIfCancellationRequested();
                var answered = 0L;
                var value = new long[options.Count];
                var test = new ulong[options.Count];
                for (var to = from; to < bases.Count; to++)
                {
                    // Where responses were removed a block is a net change, and a count below zero gives the
                    // removed people away as surely as one above it.
                    answered += sums.Answered[to];
                    for (var o = 0; o < options.Count; o++)
                    {
                        value[o] += sums.Truth[o][to];
                        test[o] = ModPrime.Add(test[o], sums.Solution[o][to]);
                    }

                    // A run that reaches the threshold can fall back below it only through removals.
                    if (Math.Abs(answered) >= threshold)
                    {
                        if (HasNetBlocks(to + 1, bases.Count - 1))
                        {
                            continue;
                        }

                        break;
                    }

                    if (answered == 0 && !HasNetBlocks(from, to))
                    {
                        continue;
                    }

                    for (var o = 0; o < options.Count; o++)
                    {
                        if (value[o] != 0 && test[o] == 0)
                        {
                            found.Add(new Disclosure(from, to, group, options[o], value[o]));
                        }
                    }
                }
            }
        }

        return found;
    }
}

/// <summary>One published snapshot as the audit sees one question in it.</summary>
/// <param name="FiguresFrom">The index of the basis its figures for the question were taken from.</param>
/// <param name="EveryoneShown">Whether everyone's row was shown.</param>
/// <param name="GroupsShown">The groups whose rows were shown.</param>
internal sealed record AuditedPublication(int FiguresFrom, bool EveryoneShown, IReadOnlyList<string> GroupsShown);

/// <summary>
/// A count an adversary could work out: how many of the people of <paramref name="Group"/> (or of every group) who
/// arrived from snapshot <paramref name="From"/> to snapshot <paramref name="To"/> chose <paramref name="Option"/>.
/// </summary>
internal readonly record struct Disclosure(int From, int To, string Group, string Option, long Value)
{
    /// <summary>Everyone, whatever their group.</summary>
    public const string AllGroups = "*";

    /// <summary>The people who gave no group.</summary>
    public const string NoGroup = "";
}
