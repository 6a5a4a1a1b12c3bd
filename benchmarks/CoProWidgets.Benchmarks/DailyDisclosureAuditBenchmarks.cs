using BenchmarkDotNet.Attributes;
using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// What the disclosure audit costs for a survey published daily: the sample survey after <see cref="Snapshots"/>
/// earlier daily snapshots of 10 to 40 arrivals each (most use services; carers, staff and others are few, so some days
/// bring none of them), each showing the usual rows less a group hidden now and then, and a question held at earlier
/// figures now and then; with <see cref="Removals"/>, a response excluded about once a month. The history is made
/// without the audit (it would take longer than the measurement), so it is as loose as the policy's, or looser.
/// </summary>
[MemoryDiagnoser]
public class DailyDisclosureAuditBenchmarks
{
    private SurveyDefinition _survey = null!;
    private List<SnapshotRecord> _history = null!;
    private SurveyTally _live = null!;

    /// <summary>How many earlier snapshots, and whether responses were removed.</summary>
    [ParamsSource(nameof(Cases))]
    public (int Snapshots, bool Removals) Case { get; set; }

    public static IEnumerable<(int Snapshots, bool Removals)> Cases => [(100, false), (365, false), (100, true), (365, true)];

    private int Snapshots => Case.Snapshots;

    private bool Removals => Case.Removals;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(PrinciplesBenchmarks.FindSample(), "surveys", "having-a-say.md"));
        var markdown = new MarkdownRenderer(Microsoft.Extensions.Options.Options.Create(new CoProWidgetsOptions()));
        _survey = SurveyParser.Parse("bench", new ContentFile("surveys/bench.md", text), markdown);
        var random = new Random(29);
        string[] scale = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"];
        string[] groups = ["uses-services", "uses-services", "uses-services", "uses-services", "uses-services", "uses-services", "carer", "carer", "staff", "staff", "other"];
        string[] ways = ["surveys", "groups", "reviewing", "not-sure"];
        var questions = SnapshotPolicy.Published(_survey).Where(question => !question.IsGroup).Select(question => question.Id).ToList();
        var people = new List<(string, string, string)[]>();
        var removed = 0L;
        _history = [];
        for (var s = 0; s <= Snapshots; s++)
        {
            for (var i = random.Next(10, 41); i > 0; i--)
            {
                var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues>
                {
                    ["q-have-a-say"] = scale[random.Next(5)],
                    ["q-share-power"] = scale[random.Next(5)],
                    ["q-respondent"] = groups[random.Next(groups.Length)],
                    ["q-ways"] = ways.Where(_ => random.Next(3) == 0).ToArray(),
                    ["q-before"] = random.Next(2) == 0 ? "yes" : "no",
                }), _survey);
                people.Add([.. SurveyService.Counted(_survey, answers)]);
            }

            if (Removals && random.Next(30) == 0)
            {
                people.RemoveAt(random.Next(people.Count));
                removed++;
            }

            var tally = new SurveyTally(people.SelectMany(keys => keys).CountBy(key => key)
                .Select(pair => new KeyValuePair<(string, string, string), long>(pair.Key, pair.Value))
                .Append(new((string.Empty, DisclosureAudit.RemovedOption, string.Empty), removed)));
            if (s == Snapshots)
            {
                _live = tally;
                break;
            }

            var held = questions.Where(_ => random.Next(20) == 0).ToList();
            var hidden = questions.Where(_ => random.Next(10) == 0)
                .ToDictionary(question => question, IReadOnlySet<string> (_) => new HashSet<string> { groups[random.Next(groups.Length)] });
            _history.Add(new SnapshotRecord(tally, tally, held, hidden));
        }
    }

    [Benchmark]
    public int NextSnapshot() => SnapshotPolicy.Next(_survey, _live, _history, 10, scheduled: false).Held.Count;
}
