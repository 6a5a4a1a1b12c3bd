namespace CoProWidgets.SurveyResults;

/// <summary>
/// A random solution, modulo <see cref="ModPrime.Prime"/>, of equations with every right-hand side zero. A sum of
/// unknowns the equations determine is a combination of them, so it is zero on every such solution; a sum they do not
/// determine is zero on a random one with probability 2^-61. Testing a sum against one random solution therefore never
/// misses a determined sum, and calls an undetermined one determined (the safe side: more is hidden) almost never;
/// and with prefix sums of the solution, each test is a subtraction.
/// </summary>
internal static class NullVector
{
    /// <summary>
    /// Reduces the equations to echelon form, lowest column first, so equations that each cover a few neighbouring
    /// intervals (columns are numbered interval by interval) stay short as they are combined; then gives every column
    /// without a pivot a random value and solves for the pivots, highest first.
    /// </summary>
    public static ulong[] Random(int columns, IEnumerable<IEnumerable<(int Column, long Coefficient)>> equations, Random random)
    {
        ArgumentNullException.ThrowIfNull(equations);
        ArgumentNullException.ThrowIfNull(random);
        var pivots = new Dictionary<int, (int[] Columns, ulong[] Values)>();
        foreach (var equation in equations)
        {
            var row = Sparse(equation);
            while (row.Columns.Length > 0)
            {
                if (pivots.TryGetValue(row.Columns[0], out var pivot))
                {
                    row = Subtract(row, row.Values[0], pivot);
                    continue;
                }

                var scale = ModPrime.Inverse(row.Values[0]);
                pivots[row.Columns[0]] = (row.Columns, [.. row.Values.Select(value => ModPrime.Multiply(value, scale))]);
                break;
            }
        }

        var solution = new ulong[columns];
        for (var column = 0; column < columns; column++)
        {
            solution[column] = pivots.ContainsKey(column) ? 0 : (ulong)random.NextInt64((long)ModPrime.Prime);
        }

        foreach (var (column, (others, values)) in pivots.OrderByDescending(pair => pair.Key))
        {
            var sum = 0UL;
            for (var i = 1; i < others.Length; i++)
            {
                sum = ModPrime.Add(sum, ModPrime.Multiply(values[i], solution[others[i]]));
            }

            solution[column] = ModPrime.Negate(sum);
        }

        return solution;
    }

    private static (int[] Columns, ulong[] Values) Sparse(IEnumerable<(int Column, long Coefficient)> equation)
    {
        var merged = new SortedDictionary<int, ulong>();
        foreach (var (column, coefficient) in equation)
        {
            merged[column] = ModPrime.Add(merged.GetValueOrDefault(column), ModPrime.FromLong(coefficient));
        }

        var nonZero = merged.Where(pair => pair.Value != 0).ToList();
        return ([.. nonZero.Select(pair => pair.Key)], [.. nonZero.Select(pair => pair.Value)]);
    }

    // row - factor * pivot, merging the two sorted rows; the pivot's leading 1 cancels the row's leading value.
    private static (int[] Columns, ulong[] Values) Subtract((int[] Columns, ulong[] Values) row, ulong factor, (int[] Columns, ulong[] Values) pivot)
    {
        var columns = new List<int>(row.Columns.Length + pivot.Columns.Length);
        var values = new List<ulong>(columns.Capacity);
        int i = 0, j = 0;
        while (i < row.Columns.Length || j < pivot.Columns.Length)
        {
            var fromRow = j >= pivot.Columns.Length || (i < row.Columns.Length && row.Columns[i] <= pivot.Columns[j]);
            var fromPivot = i >= row.Columns.Length || (j < pivot.Columns.Length && pivot.Columns[j] <= row.Columns[i]);
            var column = fromRow ? row.Columns[i] : pivot.Columns[j];
            var value = fromRow ? row.Values[i++] : 0;
            if (fromPivot)
            {
                value = ModPrime.Add(value, ModPrime.Negate(ModPrime.Multiply(factor, pivot.Values[j++])));
            }

            if (value != 0)
            {
                columns.Add(column);
                values.Add(value);
            }
        }

        return ([.. columns], [.. values]);
    }
}
