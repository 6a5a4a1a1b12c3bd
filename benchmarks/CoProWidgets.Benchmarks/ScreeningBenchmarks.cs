using BenchmarkDotNet.Attributes;
using CoProWidgets.Screening;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// What screening one written answer costs at submission: the wording rules and the model reading it whole, for a
/// short answer, a longer one of about 150 words (still one piece), and the longest a survey question may take (5,000
/// characters, read in windows and sentence pairs). Each answer has no concern the rules find, so the model always runs.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private const string Sentence = "The receptionist was helpful and the doctor explained my blood test results clearly. ";

    private AnswerScreener _screener = null!;
    private string _text = null!;

    /// <summary>The answer's length, in characters.</summary>
    [Params(86, 860, 5000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _screener = new AnswerScreener(Options.Create(new CoProWidgetsOptions()), NullLogger<AnswerScreener>.Instance);
        _text = string.Concat(Enumerable.Repeat(Sentence, (Characters / Sentence.Length) + 1))[..Characters];
        _screener.Screen(_text);
    }

    [Benchmark]
    public int Screen() => _screener.Screen(_text).Findings.Count;
}
