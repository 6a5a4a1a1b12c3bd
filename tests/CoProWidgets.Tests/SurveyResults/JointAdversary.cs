using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Google.OrTools.LinearSolver;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// An adversary for routed surveys, written apart from the library's auditor, that reads every question of every
/// snapshot together: its unknowns are how many people of each group, in each interval between snapshots, gave each
/// combination of answers (routing rules out answers to questions not asked), so the answers that decide who is asked
/// and the figures of the questions they route to constrain one another. It is told every group's count in every
/// interval; every shown row's counts and every shown number of people asked are equations. For every question, run of
/// intervals and group (or all) with between 1 and k - 1 people answering, it bounds each answer's count as
/// <see cref="LinearAdversary"/> does, and a count pinned to one whole number that is not zero is a finding.
/// </summary>
internal static class JointAdversary
{
    private const string NoGroup = "(none)";

    /// <summary>A person's answers, by question id: an option id, or null when not answered or not asked.</summary>
    public static List<string> Findings(SurveyDefinition survey, IReadOnlyList<string> questionIds, IReadOnlyList<SnapshotRecord> snapshots, int k)
    {
        var groupQuestion = survey.GroupQuestion!;
        var groups = groupQuestion.Options.Select(option => option.Id).Append(NoGroup).ToList();
        var questions = questionIds.Select(id => survey.Find(id)!).ToList();
        var combos = Combos(survey, groupQuestion, questions);
        using var solver = Solver.CreateSolver("GLOP");
        var x = new Variable[snapshots.Count, groups.Count, combos.Count];
        for (var t = 0; t < snapshots.Count; t++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var people = People(snapshots[t].Basis, groups[g], groups) - (t == 0 ? 0 : People(snapshots[t - 1].Basis, groups[g], groups));
                var block = solver.MakeConstraint(people, people);
                for (var c = 0; c < combos.Count; c++)
                {
                    // Only the combinations routing allows for this group can hold anyone.
                    var allowed = combos[c].Group == groups[g] || (groups[g] == NoGroup && combos[c].Group is null);
                    x[t, g, c] = solver.MakeNumVar(0, allowed ? people : 0, $"x{t}_{g}_{c}");
                    block.SetCoefficient(x[t, g, c], 1);
                }
            }
        }

        var from = new Dictionary<string, int[]>();
        foreach (var question in questions)
        {
            from[question.Id] = new int[snapshots.Count];
        }

        for (var s = 0; s < snapshots.Count; s++)
        {
            var shown = ResultsBuilder.Build(survey, snapshots[s].Published, k, snapshots[s].Hidden, snapshots[s].Held);
            for (var q = 0; q < questions.Count; q++)
            {
                var id = questions[q].Id;
                from[id][s] = s > 0 && snapshots[s].Held.Contains(id) ? from[id][s - 1] : s;
                foreach (var row in shown.Single(figures => figures.Id == id).Rows.Where(row => !row.Suppressed))
                {
                    var members = row.Group.Length == 0 ? Enumerable.Range(0, groups.Count).ToList() : [groups.IndexOf(row.Group)];
                    for (var o = 0; o < questions[q].Options.Count; o++)
                    {
                        var option = questions[q].Options[o].Id;
                        Equation(solver, x, from[id][s], members, combos.Count, c => combos[c].Answers[q] == option, row.Responses == 0 ? 0 : row.Shares[o].Count);
                    }

                    if (row.Asked is { } asked)
                    {
                        Equation(solver, x, from[id][s], members, combos.Count, c => combos[c].Asked[q], asked);
                    }
                }
            }
        }

        var findings = new List<string>();
        var sets = Enumerable.Range(0, groups.Count).Select(g => (Name: groups[g], Members: new[] { g })).Append(("all", Enumerable.Range(0, groups.Count).ToArray()));
        for (var q = 0; q < questions.Count; q++)
        {
            foreach (var (name, members) in sets)
            {
                for (var a = 0; a < snapshots.Count; a++)
                {
                    for (var b = a; b < snapshots.Count; b++)
                    {
                        long Truth(string? option) => Enumerable.Range(a, b - a + 1).Sum(t => members.Sum(g => Count(snapshots, t, groups[g], groups, questions[q].Id, option ?? string.Empty)));
                        var answered = Truth(null);
                        if (answered >= k)
                        {
                            break;
                        }

                        for (var o = 0; answered >= 1 && o < questions[q].Options.Count; o++)
                        {
                            var option = questions[q].Options[o].Id;
                            var value = Truth(option);
                            if (value >= 1 && Bounds(solver, x, a, b, members, combos.Count, c => combos[c].Answers[q] == option) is var (low, high) && Math.Floor(high + 1e-6) - Math.Ceiling(low - 1e-6) < 1)
                            {
                                findings.Add($"{questions[q].Id}, {name} in intervals {a}-{b}: {value} of {answered} chose {option}");
                            }
                        }
                    }
                }
            }
        }

        return findings;
    }

    private sealed record Combo(string? Group, string?[] Answers, bool[] Asked);

    // Every group (or none) with every answer (or none) to each question, kept where routing agrees.
    private static List<Combo> Combos(SurveyDefinition survey, SurveyQuestion groupQuestion, List<SurveyQuestion> questions)
    {
        IEnumerable<(string? Group, string?[] Answers)> all = groupQuestion.Options.Select(option => (string?)option.Id).Append(null).Select(group => (group, Array.Empty<string?>()));
        foreach (var question in questions)
        {
            all = all.SelectMany(combo => question.Options.Select(option => (string?)option.Id).Append(null).Select(answer => (combo.Group, (string?[])[.. combo.Answers, answer])));
        }

        var combos = new List<Combo>();
        foreach (var (group, answers) in all)
        {
            var given = new Dictionary<string, string>();
            if (group is not null)
            {
                given[groupQuestion.Id] = group;
            }

            for (var q = 0; q < questions.Count; q++)
            {
                if (answers[q] is { } answer)
                {
                    given[questions[q].Id] = answer;
                }
            }

            var route = survey.Route(SurveyAnswers.Read(new FormCollection(given.ToDictionary(pair => "q-" + pair.Key, pair => new StringValues(pair.Value))), survey));
            if (questions.Select((question, q) => answers[q] is null || route.IsAsked(question)).All(ok => ok))
            {
                combos.Add(new Combo(group, answers, [.. questions.Select(route.IsAsked)]));
            }
        }

        return combos;
    }

    private static void Equation(Solver solver, Variable[,,] x, int upTo, List<int> members, int combos, Func<int, bool> counts, long value)
    {
        var equation = solver.MakeConstraint(value, value);
        for (var t = 0; t <= upTo; t++)
        {
            foreach (var g in members)
            {
                for (var c = 0; c < combos; c++)
                {
                    if (counts(c))
                    {
                        equation.SetCoefficient(x[t, g, c], 1);
                    }
                }
            }
        }
    }

    private static (double Low, double High) Bounds(Solver solver, Variable[,,] x, int a, int b, int[] members, int combos, Func<int, bool> counts)
    {
        var objective = solver.Objective();
        objective.Clear();
        for (var t = a; t <= b; t++)
        {
            foreach (var g in members)
            {
                for (var c = 0; c < combos; c++)
                {
                    if (counts(c))
                    {
                        objective.SetCoefficient(x[t, g, c], 1);
                    }
                }
            }
        }

        objective.SetMinimization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        var low = objective.Value();
        objective.SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return (low, objective.Value());
    }

    private static long People(SurveyTally tally, string group, List<string> groups) => group == NoGroup
        ? tally.Responses - groups.Where(g => g != NoGroup).Sum(g => tally.Of(string.Empty, string.Empty, g))
        : tally.Of(string.Empty, string.Empty, group);

    private static long Count(IReadOnlyList<SnapshotRecord> snapshots, int t, string group, List<string> groups, string question, string option)
    {
        long Of(SurveyTally tally) => group == NoGroup
            ? tally.Of(question, option, string.Empty) - groups.Where(g => g != NoGroup).Sum(g => tally.Of(question, option, g))
            : tally.Of(question, option, group);
        return Of(snapshots[t].Basis) - (t == 0 ? 0 : Of(snapshots[t - 1].Basis));
    }
}
