using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// Published snapshots reveal nobody over time: over random arrivals (groups, blanks for the optional group question
/// and for the question itself, answers), each snapshot published with at least the threshold of new responses, no
/// difference between two consecutive snapshots moves a shown figure, or everyone less any set of shown groups, by
/// between 1 and the threshold - 1.
/// </summary>
public sealed class SnapshotPropertyTests
{
    private const string Definition = """
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

        - a: A
        - b: B
        - c: C
        """;

    private static readonly SurveyDefinition s_survey = Parse();

    // A person: their group (or none) and their answer to 'say' (or none).
    private static readonly string?[] s_groups = ["a", "a", "a", "a", "a", "a", "b", "b", "b", "c", null];
    private static readonly string?[] s_answers = ["strongly-agree", "agree", "agree", "neither", "disagree", "strongly-disagree", "agree", "disagree", null];

    private static readonly Gen<(string? Group, string? Say)> s_person =
        from g in Gen.Int[0, s_groups.Length - 1]
        from s in Gen.Int[0, s_answers.Length - 1]
        select (s_groups[g], s_answers[s]);

    [Fact]
    public void ConsecutiveSnapshots_NeverMoveAFigureByAFewPeople()
    {
        Gen.Int[3, 12].SelectMany(k => s_person.Array[1, 3 * k].Array[1, 12].Select(batches => (k, batches))).Sample(
            test =>
            {
                var (k, batches) = test;
                var people = new List<(string? Group, string? Say)>();
                SurveyTally? published = null;
                foreach (var batch in batches)
                {
                    people.AddRange(batch);
                    var live = Tally(people);
                    if (live.Responses - (published?.Responses ?? 0) < k)
                    {
                        continue;
                    }

                    var (next, _) = SnapshotPolicy.Next(s_survey, live, published, k);
                    if (published is not null && !Safe(published, next, k))
                    {
                        return false;
                    }

                    published = next;
                }

                return true;
            },
            iter: 5_000);
    }

    [Fact]
    public void AQuestionHeldBack_MovesOnceItSafelyCan()
    {
        // 20 in group a, then one more in a and 9 with no group: 'say' would move a's row by one, so it is held; then
        // nine more in a make a's row move by ten, and it moves.
        var first = Tally([.. Enumerable.Repeat<(string?, string?)>(("a", "agree"), 20)]);
        var second = Tally([.. Enumerable.Repeat<(string?, string?)>(("a", "agree"), 21), .. Enumerable.Repeat<(string?, string?)>((null, "agree"), 9)]);
        var third = Tally([.. Enumerable.Repeat<(string?, string?)>(("a", "agree"), 30), .. Enumerable.Repeat<(string?, string?)>((null, "agree"), 10)]);

        var (one, _) = SnapshotPolicy.Next(s_survey, first, null, 10);
        var (two, heldTwo) = SnapshotPolicy.Next(s_survey, second, one, 10);
        var (three, heldThree) = SnapshotPolicy.Next(s_survey, third, two, 10);

        Assert.Contains("say", heldTwo);
        Assert.Equal(20, two.Of("say", string.Empty, string.Empty));
        Assert.Equal(30, two.Responses);
        Assert.DoesNotContain("say", heldThree);
        Assert.Equal(40, three.Of("say", string.Empty, string.Empty));
    }

    /// <summary>What an attacker comparing two snapshots can work out: no change of 1 to k - 1 in a shown figure.</summary>
    private static bool Safe(SurveyTally before, SurveyTally after, int k)
    {
        bool Small(long change) => change != 0 && Math.Abs(change) < k;
        if (Small(after.Responses - before.Responses))
        {
            return false;
        }

        foreach (var question in SnapshotPolicy.Published(s_survey))
        {
            var groups = question.IsGroup ? [] : s_survey.GroupQuestion!.Options.Select(option => option.Id).ToArray();
            var e0 = before.Of(question.Id, string.Empty, string.Empty);
            var e1 = after.Of(question.Id, string.Empty, string.Empty);
            var g0 = groups.Select(g => before.Of(question.Id, string.Empty, g)).ToArray();
            var g1 = groups.Select(g => after.Of(question.Id, string.Empty, g)).ToArray();
            var (h0e, h0) = ResultsBuilder.Suppressed(e0, g0, k);
            var (h1e, h1) = ResultsBuilder.Suppressed(e1, g1, k);
            if (h0e || h1e)
            {
                continue;
            }

            var both = Enumerable.Range(0, groups.Length).Where(i => !h0[i] && !h1[i]).ToArray();
            for (var set = 0; set < 1 << both.Length; set++)
            {
                var chosen = both.Where((_, bit) => (set & (1 << bit)) != 0).ToArray();
                if (Small((e1 - chosen.Sum(i => g1[i])) - (e0 - chosen.Sum(i => g0[i]))) || Small(chosen.Sum(i => g1[i]) - chosen.Sum(i => g0[i])))
                {
                    return false;
                }

                // Each answer's count moves with its row: a row that moved by at least k people may still move an
                // answer by one, which is the share of a large group, not anyone's answer.
            }
        }

        return true;
    }

    private static SurveyTally Tally(IEnumerable<(string? Group, string? Say)> people)
    {
        var counts = new Dictionary<(string, string, string), long>();
        foreach (var (group, say) in people)
        {
            var form = new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = group, ["q-say"] = say });
            foreach (var key in SurveyService.Counted(s_survey, SurveyAnswers.Read(form, s_survey)))
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
