using BenchmarkDotNet.Attributes;
using CoProWidgets.Content;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// What the disclosure audit costs when a snapshot is published: the sample survey (two statements, a group question
/// with four groups, a question with several answers, a yes/no question), after <see cref="Snapshots"/> earlier
/// snapshots of 20 to 60 arrivals each, audited for every published question. It runs once per publication (a
/// staff button or the daily schedule), never on a page view.
/// </summary>
[MemoryDiagnoser]
public class DisclosureAuditBenchmarks
{
    private SurveyDefinition _survey = null!;
    private List<SnapshotRecord> _history = null!;
    private SurveyTally _live = null!;

    [Params(5, 20)]
    public int Snapshots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(PrinciplesBenchmarks.FindSample(), "surveys", "having-a-say.md"));
        var markdown = new MarkdownRenderer(Microsoft.Extensions.Options.Options.Create(new CoProWidgetsOptions()));
        _survey = SurveyParser.Parse("bench", new ContentFile("surveys/bench.md", text), markdown);
        var random = new Random(23);
        string[] scale = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"];
        string[] groups = ["uses-services", "uses-services", "uses-services", "carer", "staff", "other"];
        var counts = new Dictionary<(string, string, string), long>();
        _history = [];
        for (var s = 0; s <= Snapshots; s++)
        {
            for (var i = random.Next(20, 61); i > 0; i--)
            {
                var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues>
                {
                    ["q-have-a-say"] = scale[random.Next(5)],
                    ["q-share-power"] = scale[random.Next(5)],
                    ["q-respondent"] = groups[random.Next(groups.Length)],
                    ["q-ways"] = random.Next(2) == 0 ? "surveys" : "groups",
                    ["q-before"] = random.Next(2) == 0 ? "yes" : "no",
                }), _survey);
                foreach (var key in SurveyService.Counted(_survey, answers))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            var tally = new SurveyTally(counts.ToList());
            if (s == Snapshots)
            {
                _live = tally;
                break;
            }

            var next = SnapshotPolicy.Next(_survey, tally, _history, 10, scheduled: s % 3 != 0);
            _history.Add(new SnapshotRecord(tally, next.Tally, next.Held, next.Hidden));
        }
    }

    [Benchmark]
    public int NextSnapshot() => SnapshotPolicy.Next(_survey, _live, _history, 10, scheduled: false).Held.Count;
}
