using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// The audit as it was before it was made fast, kept to check the fast one against: one dense simplex over every
/// equation as published (each figure over every interval up to its snapshot), then the dense span modulo a prime, and
/// every run of intervals tested against it. (With a bound on every variable added, which it lacked: see below.)
/// </summary>
internal static class ReferenceAudit
{
    public static HashSet<Disclosure> Find(SurveyQuestion question, IReadOnlyList<string> groups, IReadOnlyList<SurveyTally> bases, IReadOnlyList<AuditedPublication> publications, int threshold)
    {
        var system = AuditSystem.Build(question, groups, bases, publications, everyRunningTotal: true);
        var forced = ForcedZeros(system);
        var span = new RowSpace(system.Variables);
        foreach (var (terms, _) in system.Equations)
        {
            span.Add(terms.Where(term => !forced.Contains(term.Column)));
        }

        var found = new HashSet<Disclosure>();
        foreach (var group in system.Groups.Append(Disclosure.AllGroups))
        {
            for (var from = 0; from < bases.Count; from++)
            {
                var answered = 0L;
                for (var to = from; to < bases.Count; to++)
                {
                    var blocks = system.BlocksOf(group, from, to).ToList();
                    answered += blocks.Where(block => block.Interval == to).Sum(block => block.Answered);
                    if (Math.Abs(answered) >= threshold)
                    {
                        if (system.HasNetBlocks(to + 1, bases.Count - 1))
                        {
                            continue;
                        }

                        break;
                    }

                    if (answered == 0 && !system.HasNetBlocks(from, to))
                    {
                        continue;
                    }

                    foreach (var option in question.Options)
                    {
                        var columns = blocks.Select(block => block.Option[option.Id]).ToList();
                        var value = columns.Sum(column => system.Truth[column]);
                        if (value != 0 && span.Contains(columns.Where(column => !forced.Contains(column)).Select(column => (column, 1L))))
                        {
                            found.Add(new Disclosure(from, to, group, option.Id, value));
                        }
                    }
                }
            }
        }

        return found;
    }

    private static HashSet<int> ForcedZeros(AuditSystem system)
    {
        var candidates = Enumerable.Range(0, system.Variables).Where(v => system.NonNegative[v] && system.Truth[v] == 0).ToHashSet();
        if (candidates.Count == 0)
        {
            return [];
        }

        var negative = new Dictionary<int, int>();
        foreach (var v in Enumerable.Range(0, system.Variables).Where(v => !system.NonNegative[v]))
        {
            negative[v] = system.Variables + negative.Count;
        }

        var equations = system.Equations;
        var rows = equations.Select(equation => (IReadOnlyList<(int, double)>)equation.Terms
            .SelectMany(term => negative.TryGetValue(term.Column, out var minus)
                ? new[] { (term.Column, (double)term.Coefficient), (minus, -(double)term.Coefficient) }
                : [(term.Column, (double)term.Coefficient)]).ToList()).ToList();
        var rhs = equations.Select(equation => (double)equation.Value).ToList();
        // The one change from the audit as it was: a bound on every variable. Without it a count removed in an
        // interval (a net change, of either sign) could make the objective unbounded, and the audit gave up.
        var width = system.Variables + negative.Count;
        rows.Add([.. Enumerable.Range(0, width + 1).Select(column => (column, 1.0))]);
        rhs.Add(system.Truth.Sum(truth => (double)Math.Abs(truth)) + 1);
        var simplex = new Simplex(rows, rhs, width + 1);
        while (candidates.Count > 0)
        {
            if (simplex.Maximise(candidates) < 1e-7)
            {
                break;
            }

            var solution = simplex.Solution();
            candidates.RemoveWhere(v => solution[v] > 1e-7);
        }

        return candidates;
    }
}
