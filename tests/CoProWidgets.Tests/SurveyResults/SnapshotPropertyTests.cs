using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// No sequence of published snapshots reveals anybody: over random arrivals (groups, blanks for the optional group
/// question and for the question itself, answers), published on the schedule or by staff at random, an adversary that
/// solves every snapshot together (<see cref="LinearAdversary"/>, with its own solver) finds no count about fewer than
/// the threshold of people. With the audit switched off (every snapshot with the usual suppression alone), the same
/// adversary finds people.
/// </summary>
public sealed class SnapshotPropertyTests
{
    internal const string Definition = """
        ---
        title: S
        results: while-open
        thank-you: Thanks.
        ---
        ## I have a say
        id: say
        type: agreement
        required: no

        ## Who are you?
        id: who
        type: single
        required: no
        group: yes

        - carer: Carer
        - patient: Patient
        - staff: Staff
        """;

    internal static readonly SurveyDefinition Survey = Parse();

    // A person: their group (or none) and their answer to 'say' (or none); patients are the most common.
    private static readonly string?[] s_groups = ["patient", "patient", "patient", "patient", "carer", "carer", "staff", "staff", null];
    private static readonly string?[] s_answers = ["strongly-agree", "agree", "agree", "neither", "disagree", "strongly-disagree", "agree", null];

    private static readonly Gen<(string? Group, string? Say)> s_person =
        from g in Gen.Int[0, s_groups.Length - 1]
        from s in Gen.Int[0, s_answers.Length - 1]
        select (s_groups[g], s_answers[s]);

    // A threshold, then batches of arrivals (some smaller than it, which wait for the next look) each published on
    // the schedule or by staff.
    private static readonly Gen<(int K, (string? Group, string? Say)[][] Batches, bool[] Staff)> s_sequence =
        from k in Gen.Int[3, 10]
        from batches in s_person.Array[1, 3 * k].Array[1, 6]
        from staff in Gen.Bool.Array[6]
        select (k, batches, staff);

    [Fact]
    public void EverySequenceOfSnapshots_TogetherRevealsNobody()
    {
        s_sequence.Sample(
            test =>
            {
                var (k, batches, staff) = test;
                var history = Publish(batches, staff, k, audited: true);
                var findings = LinearAdversary.Findings(Survey, "say", history, k);
                return findings.Count == 0;
            },
            iter: 400,
            threads: 1);
    }

    [Fact]
    public void EmptyGroupRowsBesideAHiddenHandful_RevealNobodyLater()
    {
        // The sequence CsCheck found (seed 7oKRMxYvu3E2): the first snapshot hid everyone's one answer but showed
        // "carers: no responses" and "patients: no responses", which the audit did not count as shown; three snapshots
        // later the carers' and patients' rows together pinned the strongly-disagree of one of the three people who
        // answered between the first two snapshots.
        (string? Group, string? Say)[][] batches =
        [
            [("carer", null), ("staff", "agree"), (null, null), ("staff", null)],
            [("staff", null), (null, "agree"), ("carer", "strongly-disagree"), ("patient", "disagree")],
            [("carer", "neither"), ("patient", "disagree"), ("staff", "disagree")],
            [("patient", null), ("patient", "strongly-agree"), (null, null), ("patient", "agree"), ("patient", "agree"), (null, "agree"), (null, "agree"), ("carer", "neither"), ("patient", "strongly-disagree"), ("patient", "strongly-disagree"), ("carer", null), ("carer", "disagree")],
            [("patient", "neither"), ("patient", "neither"), ("patient", "agree"), ("patient", "neither"), ("patient", "agree"), ("patient", "agree"), ("patient", "strongly-agree"), ("carer", "agree"), ("patient", "strongly-disagree"), ("patient", "agree")],
            [("staff", "neither"), ("patient", "agree"), ("staff", "agree"), ("staff", null), (null, "disagree"), ("patient", null), ("carer", "strongly-agree"), ("patient", "agree")],
        ];
        var history = Publish(batches, [true, false, true, false, true, false], 4, audited: true);

        Assert.Empty(LinearAdversary.Findings(Survey, "say", history, 4));
        var first = ResultsBuilder.Build(Survey, history[0].Published, 4, history[0].Hidden).Single(question => question.Id == "say");
        Assert.All(first.Rows, row => Assert.True(row.Suppressed, $"{row.Label} is shown beside a hidden handful."));
    }

    [Fact]
    public void WithTheAuditSwitchedOff_TheSameAdversaryFindsPeople()
    {
        var revealing = 0;
        s_sequence.Sample(
            test =>
            {
                var (k, batches, staff) = test;
                revealing += LinearAdversary.Findings(Survey, "say", Publish(batches, staff, k, audited: false), k).Count > 0 ? 1 : 0;
                return true;
            },
            iter: 150,
            threads: 1);
        Assert.True(revealing > 10, $"Only {revealing} of 150 sequences revealed someone with the audit off.");
    }

    /// <summary>Each batch arrives; a snapshot is published when at least k have arrived since the last.</summary>
    internal static List<SnapshotRecord> Publish((string? Group, string? Say)[][] batches, bool[] staff, int k, bool audited)
    {
        var people = new List<(string? Group, string? Say)>();
        var history = new List<SnapshotRecord>();
        for (var i = 0; i < batches.Length; i++)
        {
            people.AddRange(batches[i]);
            var live = Tally(people);
            if (live.Responses - (history.LastOrDefault()?.Basis.Responses ?? 0) < k)
            {
                continue;
            }

            history.Add(audited ? Record(live, SnapshotPolicy.Next(Survey, live, history, k, scheduled: !staff[i])) : new SnapshotRecord(live, live, [], new Dictionary<string, IReadOnlySet<string>>()));
        }

        return history;
    }

    internal static SnapshotRecord Record(SurveyTally live, SnapshotDecision next) => new(live, next.Tally, next.Held, next.Hidden);

    internal static SurveyTally Tally(IEnumerable<(string? Group, string? Say)> people)
    {
        var counts = new Dictionary<(string, string, string), long>();
        foreach (var (group, say) in people)
        {
            var form = new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = group, ["q-say"] = say });
            foreach (var key in SurveyService.Counted(Survey, SurveyAnswers.Read(form, Survey)))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return new SurveyTally(counts);
    }

    private static SurveyDefinition Parse()
    {
        using var content = new TestContent();
        return SurveyParser.Parse("s", new ContentFile("surveys/s.md", Definition), content.Markdown);
    }
}
