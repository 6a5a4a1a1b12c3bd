namespace CoProWidgets.SurveyResults;

/// <summary>
/// For one group (or all of them), interval by interval: how many answered, how many chose each option, and each
/// option's columns summed in a random solution of the homogeneous equations; a run's sums are then running totals.
/// </summary>
internal sealed class IntervalSums
{
    public IntervalSums(AuditSystem system, string group, IReadOnlyList<string> options, ulong[] solution)
    {
        Answered = new long[system.Intervals];
        Truth = [.. options.Select(_ => new long[system.Intervals])];
        Solution = [.. options.Select(_ => new ulong[system.Intervals])];
        foreach (var block in system.BlocksOf(group, 0, system.Intervals - 1))
        {
            Answered[block.Interval] += block.Answered;
            for (var o = 0; o < options.Count; o++)
            {
                var column = block.Option[options[o]];
                Truth[o][block.Interval] += system.Truth[column];
                Solution[o][block.Interval] = ModPrime.Add(Solution[o][block.Interval], solution[column]);
            }
        }
    }

    public long[] Answered { get; }

    public long[][] Truth { get; }

    public ulong[][] Solution { get; }
}
