using BenchmarkDotNet.Attributes;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Benchmarks;

/// <summary>
/// The results widget with 100,000 stored responses to the sample survey, rendered by a real host (in memory, no
/// network): the page view reads the running counts, never the responses, so its cost does not grow with them. Set
/// COPRO_BENCH_POSTGRES to a connection string to measure PostgreSQL instead of the default SQLite file.
/// </summary>
[MemoryDiagnoser]
public class ResultsBenchmarks : IDisposable
{
    private const int Responses = 100_000;
    private string _root = string.Empty;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private SurveyDefinition _survey = null!;
    private SurveyTally _tally = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("copro-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "surveys"));
        var text = File.ReadAllText(Path.Combine(PrinciplesBenchmarks.FindSample(), "surveys", "having-a-say.md"));
        // Always open, results while open: the widget shows every figure.
        text = string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("opens:", StringComparison.Ordinal) && !line.StartsWith("closes:", StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(_root, "surveys", "bench.md"), text);

        var postgres = Environment.GetEnvironmentVariable("COPRO_BENCH_POSTGRES");
        var settings = new Dictionary<string, string?>
        {
            ["CoProWidgets:ContentPath"] = _root,
            ["CoProWidgets:Database:SqlitePath"] = Path.Combine(_root, "bench.db"),
        };
        if (postgres is not null)
        {
            settings["CoProWidgets:Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:CoProWidgets"] = postgres;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCoProWidgets();
        _app = builder.Build();
        _app.MapCoProWidgets();
        _app.StartAsync().GetAwaiter().GetResult();
        _client = _app.GetTestClient();

        _survey = _app.Services.GetRequiredService<SurveyProvider>().Get("bench").Value!;
        Seed(_app.Services.GetRequiredService<CoProDbContextFactory>(), _survey).GetAwaiter().GetResult();
        _tally = SurveyTally.ReadAsync(_app.Services.GetRequiredService<CoProDbContextFactory>(), "bench").GetAwaiter().GetResult();
        if (_tally.Responses != Responses)
        {
            throw new InvalidOperationException($"Seeded {_tally.Responses} responses, not {Responses}.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _client.Dispose();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A whole results page: routing, the counts query, the figures, the SVG and tables, the host layout.</summary>
    [Benchmark(Baseline = true)]
    public async Task<string> ResultsPage() => await _client.GetStringAsync(new Uri("/copro/surveys/bench/results", UriKind.Relative));

    /// <summary>The counts query alone.</summary>
    [Benchmark]
    public async Task<long> ReadCounts() => (await SurveyTally.ReadAsync(_app.Services.GetRequiredService<CoProDbContextFactory>(), "bench")).Responses;

    /// <summary>The figures alone, from counts already read: shares, intervals and suppression.</summary>
    [Benchmark]
    public IReadOnlyList<ResultsQuestion> BuildFigures() => ResultsBuilder.Build(_survey, _tally, 10);

    /// <summary>
    /// 100,000 varied responses stored as the survey stores them (the same counts each submission adds), in bulk, so
    /// the setup takes seconds rather than the minutes 100,000 separate submissions would.
    /// </summary>
    private static async Task Seed(CoProDbContextFactory contexts, SurveyDefinition survey)
    {
        var random = new Random(2026);
        var counts = new Dictionary<(string, string, string), long>();
        await using var db = contexts.Create();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.SurveyResponses.Where(r => r.Survey == survey.Name).ExecuteDeleteAsync();
        await db.SurveyCounts.Where(c => c.Survey == survey.Name).ExecuteDeleteAsync();
        var start = DateTime.UtcNow.AddDays(-30);
        for (var i = 0; i < Responses; i++)
        {
            var form = new Dictionary<string, StringValues>();
            foreach (var question in survey.Questions.Where(q => q.HasOptions))
            {
                if (question.Type == SurveyQuestionType.Multiple)
                {
                    form[SurveyAnswers.FieldPrefix + question.Id] = question.Options.Where(_ => random.Next(3) == 0).Select(o => o.Id).ToArray();
                }
                else if (random.Next(10) > 0)
                {
                    form[SurveyAnswers.FieldPrefix + question.Id] = question.Options[random.Next(question.Options.Count)].Id;
                }
            }

            var answers = SurveyAnswers.Read(new FormCollection(form), survey);
            foreach (var key in SurveyService.Counted(survey, answers))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            db.SurveyResponses.Add(new SurveyResponse
            {
                Id = Guid.CreateVersion7(),
                Survey = survey.Name,
                Version = survey.Version,
                Key = SurveyService.NewKey(),
                SubmittedAt = start.AddSeconds(i * 20),
                Answers = answers.ToJson(),
            });
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        db.SurveyCounts.AddRange(counts.Select(pair => new SurveyCount { Survey = survey.Name, Question = pair.Key.Item1, Option = pair.Key.Item2, Group = pair.Key.Item3, Count = pair.Value }));
        await db.SaveChangesAsync();
    }
}
