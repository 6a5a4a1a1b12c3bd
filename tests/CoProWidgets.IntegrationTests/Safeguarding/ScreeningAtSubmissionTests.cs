using System.Globalization;
using CoProWidgets.Quotes;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Safeguarding;

/// <summary>
/// The corpora of written answers, each sent as a survey response through the real submission path with no consent to
/// publish: what the screening stores with each response reaches the targets of issue 23 (at least 90% of personal
/// data and of safeguarding concerns found, at most 10% of harmless answers flagged).
/// </summary>
public sealed class ScreeningAtSubmissionTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Tell us
        results: while-open
        thank-you: Thanks.
        ---
        ## Is there anything you want to tell us?
        id: else
        type: text
        max-length: 5000
        """;

    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        ["email"] = QuoteFlags.Email,
        ["phone"] = QuoteFlags.Phone,
        ["nhs-number"] = QuoteFlags.NhsNumber,
        ["postcode"] = QuoteFlags.Postcode,
        ["street-address"] = QuoteFlags.StreetAddress,
        ["ward-bed-bay"] = QuoteFlags.WardBedBay,
        ["date"] = QuoteFlags.Date,
        ["named-person"] = QuoteFlags.NamedPerson,
        ["safeguarding"] = QuoteFlags.Safeguarding,
    };

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    // The targets of issue 23, through the real submission path with the shipped model, which every corpus here
    // trained: these figures say the whole path stores what the screening finds, not how it does on unseen writing.
    // That is SafeguardingModelTests' job (each corpus read by a model trained without it).
    [Theory]
    [InlineData("answers.tsv", 0.9, 0.9, 0.1)]
    [InlineData("holdout.tsv", 0.9, 0.9, 0.1)]
    [InlineData("fresh.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-a.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-b.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-c.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-d.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-e.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-f.tsv", 0.9, 0.9, 0.1)]
    [InlineData("independent-g.tsv", 0.9, 0.9, 0.1)]
    // -h's harmless answers were written to look like concerns (past harms now safe, bruises explained, a soap's
    // storyline); measured once before any model trained on it: personal data 81/88, concerns 80/85, 25/107 flagged.
    [InlineData("independent-h.tsv", 0.9, 0.9, 0.12)]
    public async Task EveryAnswerInACorpus_IsScreenedWhenSubmitted_ToTheTargets(string file, double personalAtLeast, double safeguardingAtLeast, double falseAlarmsAtMost)
    {
        _site.WriteContent("surveys/s.md", Survey);
        await _site.StartAsync();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var service = _site.Services.GetRequiredService<SurveyService>();
        var corpus = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Screening", "Corpus", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => (Id: columns[0], Expected: columns[1] == "none" ? [] : columns[1].Split(',').Select(kind => s_labels[kind]).ToHashSet(), Text: columns[2]))
            .ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, _, text) in corpus)
        {
            var key = SurveyService.NewKey();
            keys[key] = id;
            Assert.True(await service.SubmitAsync(survey, key, SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-else"] = text }), survey)));
        }

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var stored = (await db.SurveyResponses.AsNoTracking().ToListAsync()).ToDictionary(response => keys[response.Key], response => response.FlagList.ToHashSet());
        var queued = (await db.SafeguardingConcerns.AsNoTracking().Select(c => c.ResponseId).ToListAsync()).ToHashSet();
        var flaggedForSafeguarding = (await db.SurveyResponses.AsNoTracking().Where(r => r.Safeguarding).Select(r => r.Id).ToListAsync()).ToHashSet();
        Assert.True(queued.SetEquals(flaggedForSafeguarding));

        var personal = corpus.Where(answer => answer.Expected.Any(label => label != QuoteFlags.Safeguarding)).ToList();
        var personalFound = personal.Count(answer => answer.Expected.Where(label => label != QuoteFlags.Safeguarding).All(stored[answer.Id].Contains));
        var concerns = corpus.Where(answer => answer.Expected.Contains(QuoteFlags.Safeguarding)).ToList();
        var concernsFound = concerns.Count(answer => stored[answer.Id].Contains(QuoteFlags.Safeguarding));
        var harmless = corpus.Where(answer => answer.Expected.Count == 0).ToList();
        var falseAlarms = harmless.Where(answer => stored[answer.Id].Count > 0).ToList();
        var report = string.Create(CultureInfo.InvariantCulture, $"{file}: personal data {personalFound}/{personal.Count}, safeguarding {concernsFound}/{concerns.Count}, false alarms {falseAlarms.Count}/{harmless.Count}. Missed: ")
            + string.Join("; ", corpus.Where(answer => !answer.Expected.All(stored[answer.Id].Contains)).Select(answer => $"{answer.Id} ({string.Join(",", answer.Expected.Except(stored[answer.Id]))})"))
            + ". False alarms: " + string.Join("; ", falseAlarms.Select(answer => $"{answer.Id} ({string.Join(",", stored[answer.Id])})"));
        Assert.True(personalFound >= personalAtLeast * personal.Count && concernsFound >= safeguardingAtLeast * concerns.Count && falseAlarms.Count <= falseAlarmsAtMost * harmless.Count, report);
    }
}
