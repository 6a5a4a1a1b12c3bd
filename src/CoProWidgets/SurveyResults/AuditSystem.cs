using CoProWidgets.Surveys;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The equations <see cref="DisclosureAudit"/> solves for one question: a block of unknowns for each group (and for
/// the people with no group) in each interval between snapshots, the equations every published figure gives, and the
/// true value of every unknown. In an interval where responses were removed (excluded or deleted) a block's counts
/// are net changes and may be below zero; every running total still may not.
/// </summary>
internal sealed class AuditSystem
{
    private readonly List<bool> _nonNegative = [];
    private readonly List<long> _truth = [];
    private readonly List<AuditBlock> _blocks = [];
    private readonly List<(List<(int Column, long Coefficient)> Terms, long Value)> _equations = [];
    private readonly HashSet<(int FiguresFrom, string Group)> _rows = [];
    private readonly Dictionary<string, List<AuditBlock>> _blocksOf = new(StringComparer.Ordinal);
    private bool _multiple;
    private readonly HashSet<int> _netIntervals = [];
    private readonly HashSet<int> _optionColumns = [];

    private AuditSystem(IReadOnlyList<string> groups) => Groups = [.. groups, Disclosure.NoGroup];

    /// <summary>The groups, with <see cref="Disclosure.NoGroup"/> last.</summary>
    public IReadOnlyList<string> Groups { get; }

    public int Variables => _truth.Count;

    public IReadOnlyList<long> Truth => _truth;

    public IReadOnlyList<bool> NonNegative => _nonNegative;

    public int Intervals { get; private set; }

    /// <summary>
    /// Every equation as the adversary reads it: each published figure as the count over every interval up to its
    /// snapshot. Built on each call, for tests that solve it as it stands; the audit reads <see cref="LocalEquations"/>.
    /// </summary>
    public IReadOnlyList<(List<(int Column, long Coefficient)> Terms, long Value)> Equations =>
        [.. _equations, .. _rows.SelectMany(row => Row(BlocksOf(row.Group, 0, row.FiguresFrom).ToList()))];

    /// <summary>
    /// The same equations with each published figure less the same row's figure from the snapshot before (of those
    /// that showed the row): the same solutions and the same span, but each equation now covers only the intervals
    /// since, so the system falls apart into small pieces a solver can take one at a time.
    /// </summary>
    public List<(List<(int Column, long Coefficient)> Terms, long Value)> LocalEquations()
    {
        var local = new List<(List<(int Column, long Coefficient)> Terms, long Value)>(_equations);
        foreach (var rows in _rows.GroupBy(row => row.Group))
        {
            var previous = -1;
            foreach (var figuresFrom in rows.Select(row => row.FiguresFrom).Order())
            {
                local.AddRange(Row(BlocksOf(rows.Key, previous + 1, figuresFrom).ToList()));
                previous = figuresFrom;
            }
        }

        return local;
    }

    /// <summary>Whether a column counts the people who chose an option: the only columns a disclosure sums.</summary>
    public bool IsOptionColumn(int column) => _optionColumns.Contains(column);

    /// <summary>
    /// Builds the system. A running total needs its own equation only where responses were removed: elsewhere it is the
    /// total at the last removal plus counts that are at least zero, so it cannot fall below zero, and it is zero only
    /// when those are, which the equations already say. <paramref name="everyRunningTotal"/> gives one for every
    /// interval from the first removal on anyway (the reference audit in the tests, checking that none is needed).
    /// </summary>
    public static AuditSystem Build(SurveyQuestion question, IReadOnlyList<string> groups, IReadOnlyList<SurveyTally> bases, IReadOnlyList<AuditedPublication> publications, bool everyRunningTotal = false)
    {
        var system = new AuditSystem(groups) { Intervals = bases.Count };
        var multiple = question.Type == SurveyQuestionType.Multiple;
        system._multiple = multiple;
        var netFrom = -1;
        for (var t = 0; t < bases.Count; t++)
        {
            var before = t == 0 ? SurveyTally.Empty : bases[t - 1];
            var net = bases[t].Of(string.Empty, DisclosureAudit.RemovedOption, string.Empty) != before.Of(string.Empty, DisclosureAudit.RemovedOption, string.Empty);
            netFrom = net && netFrom < 0 ? t : netFrom;
            if (net)
            {
                system._netIntervals.Add(t);
            }
            foreach (var group in system.Groups)
            {
                var people = People(system, question.Id, bases[t], group) - People(system, question.Id, before, group);
                if (people != 0 || net)
                {
                    system.AddBlock(question, bases[t], before, t, group, people, multiple, net);
                }
            }
        }

        if (netFrom >= 0)
        {
            system.AddRunningTotals(question, everyRunningTotal ? Enumerable.Range(netFrom, bases.Count - netFrom) : system._netIntervals.Order(), multiple);
        }

        for (var s = 0; s < publications.Count; s++)
        {
            var publication = publications[s];
            if (publication.EveryoneShown)
            {
                system._rows.Add((publication.FiguresFrom, Disclosure.AllGroups));
            }

            foreach (var group in publication.GroupsShown)
            {
                system._rows.Add((publication.FiguresFrom, group));
            }
        }

        return system;
    }

    /// <summary>Whether any interval from <paramref name="from"/> to <paramref name="to"/> had responses removed.</summary>
    public bool HasNetBlocks(int from, int to) => _netIntervals.Any(interval => interval >= from && interval <= to);

    /// <summary>The blocks of a group (or of all of them) in intervals <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IEnumerable<AuditBlock> BlocksOf(string group, int from, int to) =>
        (group == Disclosure.AllGroups ? _blocks : _blocksOf.GetValueOrDefault(group) ?? []).Where(block => block.Interval >= from && block.Interval <= to);

    // The people asked the question: for one asked on a condition the adversary is given how many were asked in each
    // group and interval, more than is published, so whatever the answers the condition looks at give away about
    // who was asked, they give nothing more about this question's answers.
    private static long People(AuditSystem system, string question, SurveyTally tally, string group) => group == Disclosure.NoGroup
        ? tally.Responses - system.Groups.Where(g => g != Disclosure.NoGroup).Sum(g => tally.Of(string.Empty, string.Empty, g))
            - (tally.Of(question, SurveyService.NotAskedOption, string.Empty) - system.Groups.Where(g => g != Disclosure.NoGroup).Sum(g => tally.Of(question, SurveyService.NotAskedOption, g)))
        : tally.Of(string.Empty, string.Empty, group) - tally.Of(question, SurveyService.NotAskedOption, group);

    private long Answers(SurveyTally tally, string question, string option, string group) => group == Disclosure.NoGroup
        ? tally.Of(question, option, string.Empty) - Groups.Where(g => g != Disclosure.NoGroup).Sum(g => tally.Of(question, option, g))
        : tally.Of(question, option, group);

    private int Variable(long truth, bool nonNegative)
    {
        _truth.Add(truth);
        _nonNegative.Add(nonNegative);
        return _truth.Count - 1;
    }

    private void AddBlock(SurveyQuestion question, SurveyTally after, SurveyTally before, int interval, string group, long people, bool multiple, bool net)
    {
        var answered = Answers(after, question.Id, string.Empty, group) - Answers(before, question.Id, string.Empty, group);
        var options = question.Options.ToDictionary(
            option => option.Id,
            option => Variable(Answers(after, question.Id, option.Id, group) - Answers(before, question.Id, option.Id, group), !net),
            StringComparer.Ordinal);
        var notAnswered = Variable(people - answered, !net);
        int? answeredColumn = null;
        if (multiple)
        {
            // Each person who answered chose one option or more, and no option more often than people answered.
            answeredColumn = Variable(answered, !net);
            Equation([(answeredColumn.Value, 1), (notAnswered, 1)], people);
            if (!net)
            {
                foreach (var column in options.Values)
                {
                    Equation([(column, 1), (Variable(answered - _truth[column], true), 1), (answeredColumn.Value, -1)], 0);
                }

                var chosen = options.Values.Sum(column => _truth[column]);
                Equation([.. options.Values.Select(column => (column, 1L)), (Variable(chosen - answered, true), -1), (answeredColumn.Value, -1)], 0);
            }
        }
        else
        {
            Equation([.. options.Values.Select(column => (column, 1L)), (notAnswered, 1)], people);
        }

        var block = new AuditBlock(interval, group, options, notAnswered, answeredColumn, answered);
        _blocks.Add(block);
        (_blocksOf.TryGetValue(group, out var ofGroup) ? ofGroup : _blocksOf[group] = []).Add(block);
        _optionColumns.UnionWith(options.Values);
    }

    private void AddRunningTotals(SurveyQuestion question, IEnumerable<int> intervals, bool multiple)
    {
        var at = intervals.ToList();
        foreach (var group in Groups)
        {
            foreach (var t in at)
            {
                var blocks = BlocksOf(group, 0, t).ToList();
                var kinds = question.Options.Select(option => blocks.Select(block => block.Option[option.Id]).ToList())
                    .Append(blocks.Select(block => block.NotAnswered).ToList());
                if (multiple)
                {
                    kinds = kinds.Append(blocks.Select(block => block.AnsweredColumn!.Value).ToList());
                }

                foreach (var columns in kinds.Where(columns => columns.Count > 0))
                {
                    var total = columns.Sum(column => _truth[column]);
                    Equation([.. columns.Select(column => (column, 1L)), (Variable(total, true), -1)], 0);
                }
            }
        }
    }

    // One published row's equations over the given blocks: one per option, and for several answers, those who answered.
    private IEnumerable<(List<(int Column, long Coefficient)> Terms, long Value)> Row(List<AuditBlock> blocks)
    {
        IEnumerable<List<int>> kinds = blocks.Count == 0 ? [] : blocks[0].Option.Keys.Select(option => blocks.Select(block => block.Option[option]).ToList());
        if (_multiple)
        {
            kinds = kinds.Append(blocks.Select(block => block.AnsweredColumn!.Value).ToList());
        }

        return kinds.Where(columns => columns.Count > 0).Select(columns => (columns.Select(column => (column, 1L)).ToList(), columns.Sum(column => _truth[column])));
    }

    private void Equation(List<(int Column, long Coefficient)> terms, long value)
    {
        if (terms.Count > 0)
        {
            _equations.Add((terms, value));
        }
    }
}

/// <summary>The unknowns of one group in one interval.</summary>
/// <param name="Interval">The snapshot the people arrived before (from the one before it).</param>
/// <param name="Group">Their group, or <see cref="Disclosure.NoGroup"/>.</param>
/// <param name="Option">The unknown count for each option.</param>
/// <param name="NotAnswered">The unknown count of those who did not answer the question.</param>
/// <param name="AnsweredColumn">For a question with several answers, the unknown count of those who answered.</param>
/// <param name="Answered">How many truly answered.</param>
internal sealed record AuditBlock(int Interval, string Group, IReadOnlyDictionary<string, int> Option, int NotAnswered, int? AnsweredColumn, long Answered);
