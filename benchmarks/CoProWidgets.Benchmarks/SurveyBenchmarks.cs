using BenchmarkDotNet.Attributes;
using CoProWidgets.Content;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// What a survey costs: parsing the sample survey (once per file change), and on every step a respondent takes,
/// reading the posted answers, checking a page and, on submit, serializing them for storage.
/// </summary>
[MemoryDiagnoser]
public class SurveyBenchmarks
{
    private MarkdownRenderer _markdown = null!;
    private ContentFile _file = null!;
    private SurveyDefinition _survey = null!;
    private FormCollection _form = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(PrinciplesBenchmarks.FindSample(), "surveys", "having-a-say.md"));
        _markdown = new MarkdownRenderer(Options.Create(new CoProWidgetsOptions()));
        _file = new ContentFile("surveys/having-a-say.md", text);
        _survey = SurveyParser.Parse("having-a-say", _file, _markdown);
        _form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["q-have-a-say"] = "agree",
            ["q-share-power"] = "strongly-agree",
            ["q-respondent"] = "carer",
            ["q-ways"] = new(["groups", "reviewing"]),
            ["q-before"] = "no",
            ["q-anything-else"] = "Meetings in the evening would help me, and information in large print.",
            ["q-age"] = "65-79",
        });
    }

    /// <summary>Once per file change: front matter, Markdig, questions, help text through the sanitizer, version hash.</summary>
    [Benchmark]
    public int Parse() => SurveyParser.Parse("having-a-say", _file, _markdown).Pages.Count;

    /// <summary>Every step: read the posted answers and check every page (what submitting does).</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndValidate()
    {
        var answers = SurveyAnswers.Read(_form, _survey);
        var problems = 0;
        foreach (var page in _survey.Pages)
        {
            IReadOnlyList<FormError> errors = answers.Validate(page);
            problems += errors.Count;
        }

        return problems;
    }

    /// <summary>On submit: the answers as the JSON stored with the response.</summary>
    [Benchmark]
    public string Serialize() => SurveyAnswers.Read(_form, _survey).ToJson();
}
