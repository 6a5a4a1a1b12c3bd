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
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<int> _netIntervals = [];

    private AuditSystem(IReadOnlyList<string> groups) => Groups = [.. groups, Disclosure.NoGroup];

    /// <summary>The groups, with <see cref="Disclosure.NoGroup"/> last.</summary>
    public IReadOnlyList<string> Groups { get; }

    public int Variables => _truth.Count;

    public IReadOnlyList<long> Truth => _truth;

    public IReadOnlyList<(List<(int Column, long Coefficient)> Terms, long Value)> Equations => _equations;

    public static AuditSystem Build(SurveyQuestion question, IReadOnlyList<string> groups, IReadOnlyList<SurveyTally> bases, IReadOnlyList<AuditedPublication> publications)
    {
        var system = new AuditSystem(groups);
        var multiple = question.Type == SurveyQuestionType.Multiple;
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
                var people = People(system, bases[t], group) - People(system, before, group);
                if (people != 0 || net)
                {
                    system.AddBlock(question, bases[t], before, t, group, people, multiple, net);
                }
            }
        }

        if (netFrom >= 0)
        {
            system.AddRunningTotals(question, bases.Count, netFrom, multiple);
        }

        for (var s = 0; s < publications.Count; s++)
        {
            var publication = publications[s];
            if (publication.EveryoneShown)
            {
                system.AddRow(question, publication.FiguresFrom, Disclosure.AllGroups, multiple);
            }

            foreach (var group in publication.GroupsShown)
            {
                system.AddRow(question, publication.FiguresFrom, group, multiple);
            }
        }

        return system;
    }

    /// <summary>Whether any interval from <paramref name="from"/> to <paramref name="to"/> had responses removed.</summary>
    public bool HasNetBlocks(int from, int to) => _netIntervals.Any(interval => interval >= from && interval <= to);

    /// <summary>The blocks of a group (or of all of them) in intervals <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IEnumerable<AuditBlock> BlocksOf(string group, int from, int to) =>
        _blocks.Where(block => block.Interval >= from && block.Interval <= to && (group == Disclosure.AllGroups || block.Group == group));

    /// <summary>
    /// The unknowns that are at least zero and can be nothing else in any solution: those the true solution has above
    /// zero cannot be; for the rest, each round maximises their sum and sets aside any the optimum lifts, until the
    /// optimum is zero.
    /// </summary>
    public HashSet<int> ForcedZeros(CancellationToken cancellation = default)
    {
        var candidates = Enumerable.Range(0, Variables).Where(v => _nonNegative[v] && _truth[v] == 0).ToHashSet();
        if (candidates.Count == 0)
        {
            return [];
        }

        // A variable that may be below zero is the difference of two that may not.
        var negative = new Dictionary<int, int>();
        foreach (var v in Enumerable.Range(0, Variables).Where(v => !_nonNegative[v]))
        {
            negative[v] = Variables + negative.Count;
        }

        var rows = _equations.Select(equation => (IReadOnlyList<(int, double)>)equation.Terms
            .SelectMany(term => negative.TryGetValue(term.Column, out var minus)
                ? new[] { (term.Column, (double)term.Coefficient), (minus, -(double)term.Coefficient) }
                : [(term.Column, (double)term.Coefficient)]).ToList()).ToList();
        var simplex = new Simplex(rows, _equations.Select(equation => (double)equation.Value).ToList(), Variables + negative.Count, cancellation);
        while (candidates.Count > 0)
        {
            var optimum = simplex.Maximise(candidates);
            if (optimum < 1e-7)
            {
                break;
            }

            var solution = simplex.Solution();
            candidates.RemoveWhere(v => solution[v] > 1e-7);
        }

        return candidates;
    }

    private static long People(AuditSystem system, SurveyTally tally, string group) => group == Disclosure.NoGroup
        ? tally.Responses - system.Groups.Where(g => g != Disclosure.NoGroup).Sum(g => tally.Of(string.Empty, string.Empty, g))
        : tally.Of(string.Empty, string.Empty, group);

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

        _blocks.Add(new AuditBlock(interval, group, options, notAnswered, answeredColumn, answered));
    }

    private void AddRunningTotals(SurveyQuestion question, int intervals, int netFrom, bool multiple)
    {
        foreach (var group in Groups)
        {
            for (var t = netFrom; t < intervals; t++)
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

    private void AddRow(SurveyQuestion question, int figuresFrom, string group, bool multiple)
    {
        if (!_seen.Add($"{figuresFrom}|{group}"))
        {
            return;
        }

        var blocks = BlocksOf(group, 0, figuresFrom).ToList();
        foreach (var option in question.Options)
        {
            var columns = blocks.Select(block => block.Option[option.Id]).ToList();
            Equation([.. columns.Select(column => (column, 1L))], columns.Sum(column => _truth[column]));
        }

        if (multiple)
        {
            var columns = blocks.Select(block => block.AnsweredColumn!.Value).ToList();
            Equation([.. columns.Select(column => (column, 1L))], columns.Sum(column => _truth[column]));
        }
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
