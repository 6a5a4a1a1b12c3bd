using Equation = (System.Collections.Generic.List<(int Column, long Coefficient)> Terms, long Value);

namespace CoProWidgets.SurveyResults;

/// <summary>
/// Sets aside each equation with an unknown of its own (in no other equation) that no disclosure sums and that may
/// move either way from its true value: a slack that took the difference between two counts above zero, the people
/// who skipped a question when some did. Moving that unknown alone meets the equation whatever the others do, so it
/// forces no count to zero that the rest do not, and a determined sum of options can never use it (nothing else could
/// cancel its unknown). Setting one aside can leave another unknown in one equation only, so it repeats.
/// </summary>
internal static class SlackEquations
{
    public static List<Equation> Without(AuditSystem system, IReadOnlyList<Equation> equations)
    {
        var rowsOf = new List<int>[system.Variables];
        for (var row = 0; row < equations.Count; row++)
        {
            foreach (var (column, _) in equations[row].Terms)
            {
                (rowsOf[column] ??= []).Add(row);
            }
        }

        var removed = new bool[equations.Count];
        var uses = rowsOf.Select(rows => rows?.Count ?? 0).ToArray();
        bool Slack(int column) => uses[column] == 1 && !system.IsOptionColumn(column) && (!system.NonNegative[column] || system.Truth[column] != 0);
        var waiting = new Stack<int>(Enumerable.Range(0, equations.Count));
        while (waiting.TryPop(out var row))
        {
            if (removed[row] || !equations[row].Terms.Any(term => Slack(term.Column)))
            {
                continue;
            }

            removed[row] = true;
            foreach (var (column, _) in equations[row].Terms)
            {
                if (--uses[column] == 1)
                {
                    waiting.Push(rowsOf[column].First(other => !removed[other]));
                }
            }
        }

        return [.. equations.Where((_, row) => !removed[row])];
    }
}
