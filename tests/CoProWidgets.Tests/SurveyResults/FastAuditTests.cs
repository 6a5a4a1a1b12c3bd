using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Tests.SurveyResults;

/// <summary>
/// The fast audit finds exactly what the audit it replaced finds (<see cref="ReferenceAudit"/>: one dense simplex,
/// the dense span), over random histories far looser than any the policy publishes, so that there is plenty to find:
/// rows shown and hidden at random, questions held at earlier figures, responses removed between snapshots, and a
/// question with several answers as well as one with one.
/// </summary>
public sealed class FastAuditTests
{
    private static readonly string[] s_groups = ["carer", "patient", "staff"];
    private static readonly string?[] s_people = ["patient", "patient", "patient", "carer", "staff", "staff", null];
    private static readonly string?[] s_say = ["strongly-agree", "agree", "agree", "neither", "disagree", "strongly-disagree", null];
    private static readonly string[] s_ways = ["email", "post", "phone"];
    private static readonly SurveyDefinition s_multiple = ParseMultiple();

    [Fact]
    public void OnRandomHistoriesOfAQuestionWithOneAnswer_TheFastAuditFindsWhatTheReferenceFinds()
    {
        var question = SnapshotPropertyTests.Survey.Find("say")!;
        var found = 0;
        Gen.Int.Sample(
            seed =>
            {
                var (bases, publications, k) = History(new Random(seed), SnapshotPropertyTests.Survey, random => new() { ["q-say"] = s_say[random.Next(s_say.Length)] });
                var reference = ReferenceAudit.Find(question, s_groups, bases, publications, k);
                found += reference.Count;
                return DisclosureAudit.Find(question, s_groups, bases, publications, k).SetEquals(reference);
            },
            iter: 300,
            threads: 1);
        Assert.True(found > 100, $"Only {found} disclosures in 300 histories: too few to compare the audits on.");
    }

    [Fact]
    public void OnRandomHistoriesOfAQuestionWithSeveralAnswers_TheFastAuditFindsWhatTheReferenceFinds()
    {
        var question = s_multiple.Find("ways")!;
        var found = 0;
        Gen.Int.Sample(
            seed =>
            {
                var (bases, publications, k) = History(new Random(seed), s_multiple, random => new() { ["q-ways"] = s_ways.Where(_ => random.Next(3) == 0).ToArray() });
                var reference = ReferenceAudit.Find(question, s_groups, bases, publications, k);
                found += reference.Count;
                return DisclosureAudit.Find(question, s_groups, bases, publications, k).SetEquals(reference);
            },
            iter: 150,
            threads: 1);
        Assert.True(found > 50, $"Only {found} disclosures in 150 histories: too few to compare the audits on.");
    }

    // Arrivals between snapshots (now and then one earlier response removed), and what each snapshot showed.
    private static (List<SurveyTally> Bases, List<AuditedPublication> Publications, int K) History(Random random, SurveyDefinition survey, Func<Random, Dictionary<string, StringValues>> answer)
    {
        var k = random.Next(3, 11);
        var people = new List<IReadOnlyList<(string, string, string)>>();
        var removed = 0;
        var bases = new List<SurveyTally>();
        var publications = new List<AuditedPublication>();
        for (var s = random.Next(1, 8); s > 0; s--)
        {
            for (var i = random.Next(0, 2 * k); i > 0; i--)
            {
                var form = answer(random);
                form["q-who"] = s_people[random.Next(s_people.Length)];
                people.Add([.. SurveyService.Counted(survey, SurveyAnswers.Read(new FormCollection(form), survey))]);
            }

            if (people.Count > 0 && random.Next(4) == 0)
            {
                people.RemoveAt(random.Next(people.Count));
                removed++;
            }

            bases.Add(new SurveyTally(people.SelectMany(keys => keys).CountBy(key => key)
                .Select(pair => new KeyValuePair<(string, string, string), long>(pair.Key, pair.Value))
                .Append(new((string.Empty, DisclosureAudit.RemovedOption, string.Empty), removed))));
            var from = bases.Count > 1 && random.Next(5) == 0 ? random.Next(bases.Count - 1) : bases.Count - 1;
            publications.Add(new AuditedPublication(from, random.Next(5) > 0, [.. s_groups.Where(_ => random.Next(2) == 0)]));
        }

        return (bases, publications, k);
    }

    private static SurveyDefinition ParseMultiple()
    {
        using var content = new TestContent();
        return SurveyParser.Parse("m", new ContentFile("surveys/m.md", """
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
            - staff: Staff
            """), content.Markdown);
    }
}
