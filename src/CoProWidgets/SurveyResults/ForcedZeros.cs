using Equation = (System.Collections.Generic.List<(int Column, long Coefficient)> Terms, long Value);

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The unknowns that are at least zero and can be nothing else in any solution of the equations. Those the true
/// solution has above zero cannot be, nor can one in no equation. For the rest (the candidates) only the directions
/// one can move in from the true solution matter: a candidate can be lifted above zero exactly when some change of the
/// unknowns keeps every equation, lifts it, and lowers no candidate below zero (every other unknown is free to move a
/// little either way). So the right-hand sides play no part, and the question is settled on the homogeneous
/// equations, reduced exactly in whole numbers before any linear programming:
/// <list type="number">
/// <item>each free unknown is eliminated (an equation that holds it is solved for it and substituted into the others,
/// then set aside, as the unknown can always meet it), leaving equations in candidates only;</item>
/// <item>an equation whose candidates all have coefficients of one sign holds them all at zero: they are forced, and
/// are struck from the other equations, which can leave more such equations;</item>
/// <item>a candidate left in no equation can be lifted; what is left falls apart into pieces that share no unknown,
/// and each piece's linear programme is small.</item>
/// </list>
/// If a coefficient would outgrow a long, the piece is solved as it stands instead (<see cref="Dense"/>).
/// </summary>
internal static class ForcedZeros
{
    public static HashSet<int> Find(AuditSystem system, IReadOnlyList<Equation> equations, CancellationToken cancellation)
    {
        var candidate = Enumerable.Range(0, system.Variables).Select(v => system.NonNegative[v] && system.Truth[v] == 0).ToArray();
        var pieces = Pieces(system.Variables, equations.Select(equation => equation.Terms.Select(term => term.Column)));
        var forced = new HashSet<int>();
        foreach (var piece in equations.Where(equation => equation.Terms.Count > 0).GroupBy(equation => pieces.Find(equation.Terms[0].Column)))
        {
            cancellation.ThrowIfCancellationRequested();
            var rows = piece.Select(equation => equation.Terms).ToList();
            if (!rows.Any(terms => terms.Any(term => candidate[term.Column])))
            {
                continue;
            }

            try
            {
                forced.UnionWith(Reduced(rows, candidate, cancellation));
            }
            catch (OverflowException)
            {
                forced.UnionWith(Dense(system, [.. piece], candidate, cancellation));
            }
        }

        return forced;
    }

    private static UnionFind Pieces(int variables, IEnumerable<IEnumerable<int>> rows)
    {
        var pieces = new UnionFind(variables);
        foreach (var row in rows)
        {
            var first = -1;
            foreach (var column in row)
            {
                if (first < 0)
                {
                    first = column;
                }
                else
                {
                    pieces.Union(first, column);
                }
            }
        }

        return pieces;
    }

    private static List<int> Reduced(List<List<(int Column, long Coefficient)>> equations, bool[] candidate, CancellationToken cancellation)
    {
        var rows = new List<Dictionary<int, long>?>(equations.Count);
        var of = new Dictionary<int, HashSet<int>>();
        foreach (var terms in equations)
        {
            var row = new Dictionary<int, long>();
            foreach (var (column, coefficient) in terms)
            {
                row[column] = checked(row.GetValueOrDefault(column) + coefficient);
            }

            foreach (var column in row.Where(pair => pair.Value == 0).Select(pair => pair.Key).ToList())
            {
                row.Remove(column);
            }

            foreach (var column in row.Keys)
            {
                (of.TryGetValue(column, out var set) ? set : of[column] = []).Add(rows.Count);
            }

            rows.Add(row);
        }

        Eliminate(rows, of, column => !candidate[column], cancellation);
        var forced = Signed(rows, of);
        var left = rows.OfType<Dictionary<int, long>>().Where(row => row.Count > 0).ToList();
        var pieces = Pieces(candidate.Length, left.Select(row => row.Keys));
        foreach (var piece in left.GroupBy(row => pieces.Find(row.Keys.First())))
        {
            cancellation.ThrowIfCancellationRequested();
            forced.AddRange(Lift([.. piece], cancellation));
        }

        return forced;
    }

    // Eliminates every free unknown, fewest equations first; an equation solved for one is set aside.
    private static void Eliminate(List<Dictionary<int, long>?> rows, Dictionary<int, HashSet<int>> of, Func<int, bool> free, CancellationToken cancellation)
    {
        var queue = new PriorityQueue<int, int>(of.Where(pair => free(pair.Key)).Select(pair => (pair.Key, pair.Value.Count)));
        while (queue.TryDequeue(out var column, out var count))
        {
            var holding = of[column];
            if (holding.Count == 0)
            {
                continue;
            }

            if (holding.Count > count)
            {
                queue.Enqueue(column, holding.Count);
                continue;
            }

            cancellation.ThrowIfCancellationRequested();
            var pivotIndex = holding.MinBy(index => rows[index]!.Count);
            var pivot = rows[pivotIndex]!;
            var p = pivot[column];
            foreach (var index in holding.Where(index => index != pivotIndex).ToList())
            {
                var row = rows[index]!;
                var c = row[column];
                // row := p * row - c * pivot, then divided by the greatest common divisor of what is left.
                foreach (var key in row.Keys.ToList())
                {
                    row[key] = checked(row[key] * p);
                }

                foreach (var (key, value) in pivot)
                {
                    var sum = checked(row.GetValueOrDefault(key) - (c * value));
                    if (sum == 0)
                    {
                        if (row.Remove(key))
                        {
                            of[key].Remove(index);
                        }
                    }
                    else
                    {
                        if (!row.ContainsKey(key))
                        {
                            of[key].Add(index);
                            if (free(key))
                            {
                                queue.Enqueue(key, of[key].Count);
                            }
                        }

                        row[key] = sum;
                    }
                }

                var divisor = row.Values.Aggregate(0L, (g, value) => Gcd(g, Math.Abs(value)));
                if (divisor > 1)
                {
                    foreach (var key in row.Keys.ToList())
                    {
                        row[key] /= divisor;
                    }
                }
            }

            foreach (var key in pivot.Keys)
            {
                of[key].Remove(pivotIndex);
            }

            rows[pivotIndex] = null;
        }
    }

    // Forces every candidate in an equation whose coefficients all have one sign, until there is none.
    private static List<int> Signed(List<Dictionary<int, long>?> rows, Dictionary<int, HashSet<int>> of)
    {
        var forced = new List<int>();
        var waiting = new Stack<int>(Enumerable.Range(0, rows.Count));
        while (waiting.TryPop(out var index))
        {
            if (rows[index] is not { } row || (row.Count > 0 && row.Values.Any(value => value > 0) && row.Values.Any(value => value < 0)))
            {
                continue;
            }

            rows[index] = null;
            foreach (var column in row.Keys)
            {
                of[column].Remove(index);
                forced.Add(column);
                foreach (var other in of[column])
                {
                    rows[other]!.Remove(column);
                    waiting.Push(other);
                }

                of[column].Clear();
            }
        }

        return forced;
    }

    // The candidates of one piece of equations in candidates only that no change within them can lift: each round
    // maximises the sum of those left (the change bounded, so nothing is unbounded) and sets aside any it lifts.
    private static List<int> Lift(List<Dictionary<int, long>> equations, CancellationToken cancellation)
    {
        // The simplex works in doubles: a coefficient the elimination grew past what they hold exactly, with room to
        // spare, sends the piece to the dense simplex over its original (small) coefficients instead.
        if (equations.Any(row => row.Values.Any(value => Math.Abs(value) > 1L << 40)))
        {
            throw new OverflowException("A coefficient grew too large for the simplex's doubles.");
        }

        var columns = equations.SelectMany(row => row.Keys).Distinct().ToList();
        var local = columns.Select((column, index) => (column, index)).ToDictionary(pair => pair.column, pair => pair.index);
        var rows = equations.Select(row => (IReadOnlyList<(int, double)>)[.. row.Select(pair => (local[pair.Key], (double)pair.Value))]).ToList();
        var rhs = equations.Select(_ => 0.0).ToList();
        rows.Add([.. Enumerable.Range(0, columns.Count + 1).Select(column => (column, 1.0))]);
        rhs.Add(1);
        var simplex = new Simplex(rows, rhs, columns.Count + 1, cancellation);
        var left = Enumerable.Range(0, columns.Count).ToHashSet();
        while (left.Count > 0)
        {
            if (simplex.Maximise(left) < 1e-9)
            {
                break;
            }

            var solution = simplex.Solution();
            left.RemoveWhere(v => solution[v] > 1e-9);
        }

        return [.. left.Select(index => columns[index])];
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    // One piece as it stands: each round maximises the sum of the candidates left and sets aside any the optimum lifts.
    private static List<int> Dense(AuditSystem system, List<Equation> equations, bool[] candidate, CancellationToken cancellation)
    {
        var columns = equations.SelectMany(equation => equation.Terms.Select(term => term.Column)).Distinct().ToList();
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
