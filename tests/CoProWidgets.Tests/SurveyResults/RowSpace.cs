using CoProWidgets.SurveyResults;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// The span of a set of integer equations, kept in reduced row echelon form, exactly: arithmetic is modulo the prime
/// 2^61 - 1, so no rounding decides a rank. The audit's dense span before it was made fast, kept for
/// <see cref="ReferenceAudit"/>. (A rank can only be smaller modulo a prime than over the rationals, never
/// larger, so an error there could only make the auditor think more is derivable than is: the safe side.)
/// </summary>
internal sealed class RowSpace
{
    private readonly int _columns;
    private readonly List<ulong[]> _rows = [];
    private readonly int[] _pivotRow;

    public RowSpace(int columns)
    {
        _columns = columns;
        _pivotRow = new int[columns];
        Array.Fill(_pivotRow, -1);
    }

    public int Rank => _rows.Count;

    /// <summary>Adds an equation's left-hand side; false when it was in the span already.</summary>
    public bool Add(IEnumerable<(int Column, long Coefficient)> row)
    {
        var v = Dense(row);
        Reduce(v);
        var pivot = Array.FindIndex(v, value => value != 0);
        if (pivot < 0)
        {
            return false;
        }

        Scale(v, ModPrime.Inverse(v[pivot]));
        foreach (var other in _rows)
        {
            if (other[pivot] != 0)
            {
                Subtract(other, other[pivot], v);
            }
        }

        _pivotRow[pivot] = _rows.Count;
        _rows.Add(v);
        return true;
    }

    /// <summary>Whether a linear combination of the variables is determined by the equations added.</summary>
    public bool Contains(IEnumerable<(int Column, long Coefficient)> row)
    {
        var v = Dense(row);
        Reduce(v);
        return Array.TrueForAll(v, value => value == 0);
    }

    private void Reduce(ulong[] v)
    {
        // Rows are fully reduced, so subtracting one never changes v at another row's pivot.
        for (var column = 0; column < _columns; column++)
        {
            if (v[column] != 0 && _pivotRow[column] is var index and >= 0)
            {
                Subtract(v, v[column], _rows[index]);
            }
        }
    }

    private ulong[] Dense(IEnumerable<(int Column, long Coefficient)> row)
    {
        var v = new ulong[_columns];
        foreach (var (column, coefficient) in row)
        {
            v[column] = ModPrime.Add(v[column], ModPrime.FromLong(coefficient));
        }

        return v;
    }

    private static void Subtract(ulong[] target, ulong factor, ulong[] row)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (row[i] != 0)
            {
                target[i] = ModPrime.Add(target[i], ModPrime.Negate(ModPrime.Multiply(factor, row[i])));
            }
        }
    }

    private static void Scale(ulong[] v, ulong factor)
    {
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = ModPrime.Multiply(v[i], factor);
        }
    }
}
