using Equation = (System.Collections.Generic.List<(int Column, long Coefficient)> Terms, long Value);

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The unknowns that are at least zero and can be nothing else in any solution of the equations. Those the true
/// solution has above zero cannot be, nor can one in no equation. The rest are settled one piece of the system at a
/// time: equations that share no unknown constrain each other in nothing, so a count can be lifted above zero in the
/// whole system exactly when it can be in its own piece, and the pieces are small once each published figure covers
/// only the intervals since the row was last shown (<see cref="AuditSystem.LocalEquations"/>).
/// </summary>
internal static class ForcedZeros
{
    public static HashSet<int> Find(AuditSystem system, IReadOnlyList<Equation> equations, CancellationToken cancellation)
    {
        var candidate = Enumerable.Range(0, system.Variables).Select(v => system.NonNegative[v] && system.Truth[v] == 0).ToArray();
        var pieces = new UnionFind(system.Variables);
        foreach (var (terms, _) in equations)
        {
            foreach (var (column, _) in terms.Skip(1))
            {
                pieces.Union(terms[0].Column, column);
            }
        }

        var forced = new HashSet<int>();
        foreach (var piece in equations.Where(equation => equation.Terms.Count > 0).GroupBy(equation => pieces.Find(equation.Terms[0].Column)))
        {
            cancellation.ThrowIfCancellationRequested();
            var columns = piece.SelectMany(equation => equation.Terms.Select(term => term.Column)).Distinct().ToList();
            if (columns.Any(column => candidate[column]))
            {
                forced.UnionWith(Piece(system, [.. piece], columns, candidate, cancellation));
            }
        }

        return forced;
    }

    // Each round maximises the sum of the candidates left and sets aside any the optimum lifts, until it is zero.
    private static List<int> Piece(AuditSystem system, List<Equation> equations, List<int> columns, bool[] candidate, CancellationToken cancellation)
    {
        var local = columns.Select((column, index) => (column, index)).ToDictionary(pair => pair.column, pair => pair.index);
        // A variable that may be below zero is the difference of two that may not.
        var negative = new Dictionary<int, int>();
        foreach (var column in columns.Where(column => !system.NonNegative[column]))
        {
            negative[column] = columns.Count + negative.Count;
        }

        var width = columns.Count + negative.Count;
        var rows = equations.Select(equation => (IReadOnlyList<(int, double)>)equation.Terms
            .SelectMany(term => negative.TryGetValue(term.Column, out var minus)
                ? new[] { (local[term.Column], (double)term.Coefficient), (minus, -(double)term.Coefficient) }
                : [(local[term.Column], (double)term.Coefficient)]).ToList()).ToList();
        var rhs = equations.Select(equation => (double)equation.Value).ToList();
        // A bound on every variable, loose enough for the true solution and a little beyond it, so no objective is
        // unbounded: a count that can be lifted at all can be lifted a little from the true solution within it.
        rows.Add([.. Enumerable.Range(0, width + 1).Select(column => (column, 1.0))]);
        rhs.Add(columns.Sum(column => (double)Math.Abs(system.Truth[column])) + 1);
        var simplex = new Simplex(rows, rhs, width + 1, cancellation);
        var left = columns.Where(column => candidate[column]).Select(column => local[column]).ToHashSet();
        while (left.Count > 0)
        {
            if (simplex.Maximise(left) < 1e-7)
            {
                break;
            }

            var solution = simplex.Solution();
            left.RemoveWhere(v => solution[v] > 1e-7);
        }

        return [.. left.Select(index => columns[index])];
    }
}
