namespace CoProWidgets.SurveyResults;

/// <summary>
/// A dense two-phase primal simplex for <c>A x = b, x &gt;= 0</c>, small enough to read: the disclosure auditor asks
/// it which variables can be above zero at all. Phase one finds a basis (the auditor always passes a system with a
/// solution: the true counts); <see cref="Maximise"/> then moves from basis to basis for each objective in turn.
/// Dantzig's rule, falling back to Bland's after a run of steps that gain nothing, so it cannot cycle.
/// </summary>
internal sealed class Simplex
{
    private const double Tolerance = 1e-9;
    private readonly int _rows;
    private readonly int _columns;
    private readonly double[][] _tableau;
    private readonly int[] _basis;
    private readonly bool[] _dead;

    private readonly CancellationToken _cancellation;

    public Simplex(IReadOnlyList<IReadOnlyList<(int Column, double Coefficient)>> rows, IReadOnlyList<double> rhs, int columns, CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rhs);
        _rows = rows.Count;
        _columns = columns;
        _tableau = new double[_rows][];
        _basis = new int[_rows];
        _dead = new bool[_rows];
        for (var i = 0; i < _rows; i++)
        {
            // Columns: the variables, one artificial per row, then the right-hand side.
            var row = new double[columns + _rows + 1];
            var sign = rhs[i] < 0 ? -1 : 1;
            foreach (var (column, coefficient) in rows[i])
            {
                row[column] += sign * coefficient;
            }

            row[columns + i] = 1;
            row[^1] = sign * rhs[i];
            _tableau[i] = row;
            _basis[i] = columns + i;
        }

        var costs = new double[columns + _rows];
        for (var i = 0; i < _rows; i++)
        {
            costs[columns + i] = 1;
        }

        if (Minimise(costs, columns + _rows) > 1e-6)
        {
            throw new InvalidOperationException("The system has no solution with every variable at least zero.");
        }

        DriveOutArtificials();
    }

    /// <summary>The current basic solution.</summary>
    public double[] Solution()
    {
        var x = new double[_columns];
        for (var i = 0; i < _rows; i++)
        {
            if (!_dead[i] && _basis[i] < _columns)
            {
                x[_basis[i]] = _tableau[i][^1];
            }
        }

        return x;
    }

    /// <summary>Maximises the sum of the given variables from the current basis; returns the optimum.</summary>
    public double Maximise(IReadOnlyCollection<int> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var costs = new double[_columns];
        foreach (var variable in variables)
        {
            costs[variable] = -1;
        }

        return -Minimise(costs, _columns);
    }

    private double Minimise(double[] costs, int enterable)
    {
        // Reduced costs: c_j - c_B B^-1 A_j, and the objective's value.
        var reduced = new double[enterable];
        Array.Copy(costs, reduced, enterable);
        var value = 0.0;
        for (var i = 0; i < _rows; i++)
        {
            if (_dead[i] || costs.Length <= _basis[i] || costs[_basis[i]] == 0)
            {
                continue;
            }

            var c = costs[_basis[i]];
            var row = _tableau[i];
            for (var j = 0; j < enterable; j++)
            {
                reduced[j] -= c * row[j];
            }

            value += c * row[^1];
        }

        var stalled = 0;
        while (true)
        {
            _cancellation.ThrowIfCancellationRequested();
            var entering = -1;
            for (var j = 0; j < enterable; j++)
            {
                if (reduced[j] < -Tolerance && (entering < 0 || (stalled < 50 && reduced[j] < reduced[entering])))
                {
                    entering = j;
                    if (stalled >= 50)
                    {
                        break;
                    }
                }
            }

            if (entering < 0)
            {
                return value;
            }

            var leaving = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < _rows; i++)
            {
                var a = _tableau[i][entering];
                if (_dead[i] || a <= Tolerance)
                {
                    continue;
                }

                var ratio = _tableau[i][^1] / a;
                if (ratio < best - Tolerance || (ratio < best + Tolerance && leaving >= 0 && _basis[i] < _basis[leaving]))
                {
                    best = ratio;
                    leaving = i;
                }
            }

            if (leaving < 0)
            {
                throw new InvalidOperationException("The objective is unbounded.");
            }

            stalled = best < Tolerance ? stalled + 1 : 0;
            var step = reduced[entering];
            Pivot(leaving, entering);
            var pivotRow = _tableau[leaving];
            for (var j = 0; j < enterable; j++)
            {
                reduced[j] -= step * pivotRow[j];
            }

            value += step * pivotRow[^1];
        }
    }

    private void DriveOutArtificials()
    {
        for (var i = 0; i < _rows; i++)
        {
            if (_basis[i] < _columns)
            {
                continue;
            }

            var row = _tableau[i];
            var column = Array.FindIndex(row, 0, _columns, a => Math.Abs(a) > Tolerance);
            if (column < 0)
            {
                // A row the others imply: nothing can enter it, and it holds at zero.
                _dead[i] = true;
                continue;
            }

            Pivot(i, column);
        }
    }

    private void Pivot(int row, int column)
    {
        var pivot = _tableau[row];
        var scale = 1 / pivot[column];
        for (var j = 0; j < pivot.Length; j++)
        {
            pivot[j] *= scale;
        }

        pivot[column] = 1;
        for (var i = 0; i < _rows; i++)
        {
            var target = _tableau[i];
            var factor = target[column];
            if (i == row || factor == 0)
            {
                continue;
            }

            for (var j = 0; j < target.Length; j++)
            {
                target[j] -= factor * pivot[j];
            }

            target[column] = 0;
        }

        _basis[row] = column;
    }
}
