using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Google.OrTools.LinearSolver;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// An adversary written apart from the library's auditor, with another solver (Google OR-Tools' GLOP): it reads every
/// published snapshot as the public sees it (the rows and counts <see cref="ResultsBuilder.Build"/> shows), is told
/// every group's exact count in every interval between snapshots and which snapshot each held question's figures came
/// from, and for every run of intervals and every group (or all of them) with between 1 and k - 1 people answering,
/// finds the least and the most each answer's count can be. Where only one whole number lies between the two, and it is
/// not zero, it has found someone (so it reasons with whole people, where the auditor it checks reasons with fractions).
/// </summary>
internal static class LinearAdversary
{
    private const string NoGroup = "(none)";
    private const string NotAnswered = "(not answered)";

    public static List<string> Findings(SurveyDefinition survey, string questionId, IReadOnlyList<SnapshotRecord> snapshots, int k)
    {
        var question = survey.Find(questionId)!;
        var groupQuestion = survey.GroupQuestion!;
        var groups = groupQuestion.Options.Select(option => option.Id).Append(NoGroup).ToList();
        var options = question.Options.Select(option => option.Id).Append(NotAnswered).ToList();
        using var solver = Solver.CreateSolver("GLOP");
        var x = new Variable[snapshots.Count, groups.Count, options.Count];
        var truth = new long[snapshots.Count, groups.Count, options.Count];
        for (var t = 0; t < snapshots.Count; t++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var people = People(snapshots[t].Basis, groups, g) - (t == 0 ? 0 : People(snapshots[t - 1].Basis, groups, g));
                var block = solver.MakeConstraint(people, people);
                for (var o = 0; o < options.Count; o++)
                {
                    x[t, g, o] = solver.MakeNumVar(0, people, $"x{t}_{g}_{o}");
                    block.SetCoefficient(x[t, g, o], 1);
                    truth[t, g, o] = Count(snapshots[t].Basis, question, groups, g, o, options) - (t == 0 ? 0 : Count(snapshots[t - 1].Basis, question, groups, g, o, options));
                }
            }
        }

        var from = new int[snapshots.Count];
        for (var s = 0; s < snapshots.Count; s++)
        {
            from[s] = s > 0 && snapshots[s].Held.Contains(questionId) ? from[s - 1] : s;
            var shown = ResultsBuilder.Build(survey, snapshots[s].Published, k, snapshots[s].Hidden).Single(q => q.Id == questionId);
            foreach (var row in shown.Rows.Where(row => !row.Suppressed))
            {
                var rowGroups = row.Group.Length == 0
                    ? Enumerable.Range(0, groups.Count).ToList()
                    : [groups.IndexOf(groupQuestion.Options.Single(option => option.Label == row.Label).Id)];
                for (var o = 0; o < question.Options.Count; o++)
                {
                    var count = row.Responses == 0 ? 0 : row.Shares[o].Count;
                    var equation = solver.MakeConstraint(count, count);
                    for (var t = 0; t <= from[s]; t++)
                    {
                        foreach (var g in rowGroups)
                        {
                            equation.SetCoefficient(x[t, g, o], 1);
                        }
                    }
                }
            }
        }

        var findings = new List<string>();
        var sets = Enumerable.Range(0, groups.Count).Select(g => (Name: groups[g], Members: new[] { g })).Append(("all", Enumerable.Range(0, groups.Count).ToArray()));
        foreach (var (name, members) in sets)
        {
            for (var a = 0; a < snapshots.Count; a++)
            {
                for (var b = a; b < snapshots.Count; b++)
                {
                    long Sum(int o) => Enumerable.Range(a, b - a + 1).Sum(t => members.Sum(g => truth[t, g, o]));
                    var answered = Enumerable.Range(0, question.Options.Count).Sum(Sum);
                    if (answered >= k)
                    {
                        break;
                    }

                    for (var o = 0; answered >= 1 && o < question.Options.Count; o++)
                    {
                        var value = Sum(o);
                        if (value >= 1 && Bounds(solver, x, a, b, members, o) is var (low, high) && Math.Floor(high + 1e-6) - Math.Ceiling(low - 1e-6) < 1)
                        {
                            findings.Add($"{name} in intervals {a}-{b}: {value} of {answered} chose {question.Options[o].Id}");
                        }
                    }
                }
            }
        }

        return findings;
    }

    private static (double Low, double High) Bounds(Solver solver, Variable[,,] x, int a, int b, int[] members, int o)
    {
        var objective = solver.Objective();
        objective.Clear();
        for (var t = a; t <= b; t++)
        {
            foreach (var g in members)
            {
                objective.SetCoefficient(x[t, g, o], 1);
            }
        }

        objective.SetMinimization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        var low = objective.Value();
        objective.SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return (low, objective.Value());
    }

    private static long People(SurveyTally tally, List<string> groups, int g) => groups[g] == NoGroup
        ? tally.Responses - groups.Where(group => group != NoGroup).Sum(group => tally.Of(string.Empty, string.Empty, group))
        : tally.Of(string.Empty, string.Empty, groups[g]);

    private static long Count(SurveyTally tally, SurveyQuestion question, List<string> groups, int g, int o, List<string> options)
    {
        if (options[o] == NotAnswered)
        {
            return People(tally, groups, g) - Count(tally, question, groups, g, question.Id, string.Empty);
        }

        return Count(tally, question, groups, g, question.Id, options[o]);
    }

    private static long Count(SurveyTally tally, SurveyQuestion question, List<string> groups, int g, string id, string option) => groups[g] == NoGroup
        ? tally.Of(id, option, string.Empty) - groups.Where(group => group != NoGroup).Sum(group => tally.Of(id, option, group))
        : tally.Of(id, option, groups[g]);
}
