using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.SurveyResults;

public sealed class DisclosureAuditTests
{
    private const int K = 10;
    private static readonly SurveyDefinition s_survey = SnapshotPropertyTests.Survey;
    private static readonly Dictionary<string, IReadOnlySet<string>> s_none = [];

    // The worked example of issue 23: a lone carer, forty patients and eleven staff; then ten more carers.
    private static readonly (string? Group, string? Say)[] s_first =
    [
        ("carer", "strongly-disagree"),
        .. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 25),
        .. Enumerable.Repeat<(string?, string?)>(("patient", "neither"), 15),
        .. Enumerable.Repeat<(string?, string?)>(("staff", "agree"), 11),
    ];

    private static readonly (string? Group, string? Say)[] s_second = [.. s_first, .. Enumerable.Repeat<(string?, string?)>(("carer", "agree"), 10)];

    [Fact]
    public void TheWorkedExample_WithTheUsualSuppressionAlone_GivesTheLoneCarerAway()
    {
        var first = SnapshotPropertyTests.Tally(s_first);
        var second = SnapshotPropertyTests.Tally(s_second);
        List<SnapshotRecord> history = [new(first, first, [], s_none), new(second, second, [], s_none)];

        var findings = LinearAdversary.Findings(s_survey, "say", history, K);
        var audit = DisclosureAudit.Find(s_survey.Find("say")!, ["carer", "patient", "staff"], [first, second], SnapshotPolicy.Publications(s_survey, s_survey.Find("say")!, history, K), K);

        Assert.Contains("carer in intervals 0-0: 1 of 1 chose strongly-disagree", findings);
        Assert.Contains(new Disclosure(0, 0, "carer", "strongly-disagree", 1), audit);
    }

    [Fact]
    public void TheWorkedExample_PublishedByStaffBothTimes_RevealsNothing()
    {
        var first = SnapshotPropertyTests.Tally(s_first);
        var second = SnapshotPropertyTests.Tally(s_second);
        var history = new List<SnapshotRecord>();
        history.Add(SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, history, K, scheduled: false)));
        var next = SnapshotPolicy.Next(s_survey, second, history, K, scheduled: false);
        history.Add(SnapshotPropertyTests.Record(second, next));

        Assert.Empty(LinearAdversary.Findings(s_survey, "say", history, K));
        // The staff row, hidden the first time only to protect the carer, cannot now be shown beside everyone's.
        var shown = ResultsBuilder.Build(s_survey, next.Tally, K, next.Hidden).Single(question => question.Id == "say");
        Assert.True(shown.Rows.Single(row => row.Label == "Staff").Suppressed);
    }

    [Fact]
    public void OnTheSchedule_AGroupIsNeverShownForTheFirstTime()
    {
        var first = SnapshotPropertyTests.Tally(s_first);
        var history = new List<SnapshotRecord>();
        var next = SnapshotPolicy.Next(s_survey, first, history, K, scheduled: true);

        var shown = ResultsBuilder.Build(s_survey, next.Tally, K, next.Hidden).Single(question => question.Id == "say");
        Assert.False(shown.Rows[0].Suppressed);
        Assert.All(shown.Rows.Skip(1), row => Assert.True(row.Suppressed));

        // Staff then publish the patients' row; later scheduled snapshots may move it, and still show no other group.
        history.Add(SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, history, K, scheduled: false)));
        var later = SnapshotPropertyTests.Tally([.. s_first, .. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 10), .. Enumerable.Repeat<(string?, string?)>(("carer", "agree"), 10)]);
        var scheduled = SnapshotPolicy.Next(s_survey, later, history, K, scheduled: true);
        var rows = ResultsBuilder.Build(s_survey, scheduled.Tally, K, scheduled.Hidden).Single(question => question.Id == "say").Rows;
        Assert.Equal(50, rows.Single(row => row.Label == "Patient").Responses);
        Assert.True(rows.Single(row => row.Label == "Carer").Suppressed);
    }

    [Fact]
    public void AHiddenRemainderThatAllAnsweredAlike_IsNotShownBesideTheGroupsAroundIt()
    {
        // Three carers and eleven staff all disagree, forty patients agree: everyone's row less the patients' says the
        // fourteen hidden people all disagreed, and so every carer did.
        (string?, string?)[] people =
        [
            .. Enumerable.Repeat<(string?, string?)>(("carer", "disagree"), 3),
            .. Enumerable.Repeat<(string?, string?)>(("staff", "disagree"), 11),
            .. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 40),
        ];
        var tally = SnapshotPropertyTests.Tally(people);
        List<SnapshotRecord> plain = [new(tally, tally, [], s_none)];
        Assert.NotEmpty(LinearAdversary.Findings(s_survey, "say", plain, K));

        var next = SnapshotPolicy.Next(s_survey, tally, [], K, scheduled: false);

        Assert.Empty(LinearAdversary.Findings(s_survey, "say", [SnapshotPropertyTests.Record(tally, next)], K));
    }

    [Fact]
    public void ExcludingAResponseBetweenSnapshots_DoesNotGiveItsAnswerAway()
    {
        var survey = s_survey.Find("say")!;
        var first = SnapshotPropertyTests.Tally([.. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 19), ("patient", "strongly-disagree")]);
        var history = new List<SnapshotRecord>();
        history.Add(SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, history, K, scheduled: false)));
        // The strongly disagreeing patient is excluded (the removal is counted) and ten people with no group arrive.
        var second = new SurveyTally(SnapshotPropertyTests.Tally([.. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 19), .. Enumerable.Repeat<(string?, string?)>((null, "agree"), 10)]).Counts
            .Append(new((string.Empty, DisclosureAudit.RemovedOption, string.Empty), 1)));

        List<SnapshotRecord> plain = [history[0], new(second, second, [], s_none)];
        var naive = DisclosureAudit.Find(survey, ["carer", "patient", "staff"], [first, second], SnapshotPolicy.Publications(s_survey, survey, plain, K), K);
        Assert.Contains(naive, disclosure => disclosure.Option == "strongly-disagree" && disclosure.Value == -1);

        var next = SnapshotPolicy.Next(s_survey, second, history, K, scheduled: false);
        List<SnapshotRecord> audited = [history[0], SnapshotPropertyTests.Record(second, next)];
        Assert.Empty(DisclosureAudit.Find(survey, ["carer", "patient", "staff"], [first, second], SnapshotPolicy.Publications(s_survey, survey, audited, K), K));
    }

    [Fact]
    public void AnAuditThatRunsOutOfTime_CountsAsUnsafe_SoNothingNewIsShown()
    {
        var first = SnapshotPropertyTests.Tally(s_first);
        var none = SnapshotPolicy.Next(s_survey, first, [], K, scheduled: false, budget: TimeSpan.Zero);
        Assert.Contains(Disclosure.AllGroups, none.Hidden["say"]);

        var history = new List<SnapshotRecord> { SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, [], K, scheduled: false)) };
        var held = SnapshotPolicy.Next(s_survey, SnapshotPropertyTests.Tally(s_second), history, K, scheduled: false, budget: TimeSpan.Zero);
        Assert.Contains("say", held.Held);
        Assert.True(held.Tally.Of("say", string.Empty, string.Empty) == first.Of("say", string.Empty, string.Empty));
    }

    [Fact]
    public void AfterAWithdrawal_AHeldQuestionShowsTheSnapshotBeforeIt_NotTheWithdrawnOne()
    {
        var first = SnapshotPropertyTests.Tally(s_first);
        var second = SnapshotPropertyTests.Tally([.. s_first, .. Enumerable.Repeat<(string?, string?)>(("patient", "disagree"), 10)]);
        var history = new List<SnapshotRecord> { SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, [], K, scheduled: false)) };
        var withdrawn = SnapshotPolicy.Next(s_survey, second, history, K, scheduled: false);
        history.Add(new SnapshotRecord(second, withdrawn.Tally, withdrawn.Held, withdrawn.Hidden, Withdrawn: true));

        var third = SnapshotPolicy.Next(s_survey, SnapshotPropertyTests.Tally([.. s_first, .. Enumerable.Repeat<(string?, string?)>(("patient", "disagree"), 20)]), history, K, scheduled: true, budget: TimeSpan.Zero);

        Assert.Contains("say", third.Held);
        Assert.Equal(first.Of("say", "disagree", string.Empty), third.Tally.Of("say", "disagree", string.Empty));
    }

    [Fact]
    public void CountsTheSurveyFileNoLongerHas_MakeTheQuestionWait_NeverAnError()
    {
        // An option taken out of the file after people chose it: the equations no longer hold for the true counts.
        var first = new SurveyTally(SnapshotPropertyTests.Tally(s_first).Counts
            .Select(pair => pair.Key == ("say", string.Empty, "patient") || pair.Key == ("say", string.Empty, string.Empty) ? new KeyValuePair<(string, string, string), long>(pair.Key, pair.Value + 3) : pair)
            .Append(new(("say", "maybe", "patient"), 3)).Append(new(("say", "maybe", string.Empty), 3)));
        var history = new List<SnapshotRecord> { SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(s_survey, first, [], K, scheduled: false)) };

        var next = SnapshotPolicy.Next(s_survey, SnapshotPropertyTests.Tally([.. s_first, .. Enumerable.Repeat<(string?, string?)>(("patient", "agree"), 10)]), history, K, scheduled: false);

        Assert.NotNull(next);
    }

    [Fact]
    public void AQuestionWithSeveralAnswers_IsAuditedToo()
    {
        using var content = new TestContent();
        var survey = SurveyParser.Parse("m", new ContentFile("surveys/m.md", """
            ---
            title: M
            results: while-open
            thank-you: Thanks.
            ---
            ## How would you like to hear from us?
            id: ways
            type: multiple
            required: no

            - email: Email
            - post: Post
            - phone: Phone

            ## Who are you?
            id: who
            type: single
            required: no
            group: yes

            - carer: Carer
            - patient: Patient
            """), content.Markdown);
        SurveyTally Tally(IEnumerable<(string Group, string[] Ways)> people)
        {
            var counts = new Dictionary<(string, string, string), long>();
            foreach (var (group, ways) in people)
            {
                var form = new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = group, ["q-ways"] = ways });
                foreach (var key in SurveyService.Counted(survey, SurveyAnswers.Read(form, survey)))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            return new SurveyTally(counts);
        }

        (string, string[])[] firstPeople = [("carer", ["post"]), .. Enumerable.Repeat(("patient", new[] { "email" }), 30), .. Enumerable.Repeat(("patient", new[] { "email", "phone" }), 10)];
        var first = Tally(firstPeople);
        var second = Tally([.. firstPeople, .. Enumerable.Repeat(("carer", new[] { "email" }), 10)]);
        var ways = survey.Find("ways")!;
        var plain = new List<SnapshotRecord> { new(first, first, [], s_none), new(second, second, [], s_none) };

        Assert.Contains(new Disclosure(0, 0, "carer", "post", 1), DisclosureAudit.Find(ways, ["carer", "patient"], [first, second], SnapshotPolicy.Publications(survey, ways, plain, K), K));

        var history = new List<SnapshotRecord>();
        history.Add(SnapshotPropertyTests.Record(first, SnapshotPolicy.Next(survey, first, history, K, scheduled: false)));
        history.Add(SnapshotPropertyTests.Record(second, SnapshotPolicy.Next(survey, second, history, K, scheduled: false)));
        Assert.Empty(DisclosureAudit.Find(ways, ["carer", "patient"], [first, second], SnapshotPolicy.Publications(survey, ways, history, K), K));
    }
}
