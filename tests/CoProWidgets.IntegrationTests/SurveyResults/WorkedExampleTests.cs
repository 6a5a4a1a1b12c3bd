using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using CoProWidgets.Tests.SurveyResults;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.SurveyResults;

/// <summary>
/// Issue 23's worked example, through the sample's real survey form and results CSV: a lone carer, forty people who
/// use services and eleven staff; the results published; ten more carers; published again. Whoever saved both CSVs
/// cannot subtract their way to the first carer's answer, and an adversary solving both snapshots together finds
/// nobody.
/// </summary>
public sealed class WorkedExampleTests : IDisposable
{
    private const string Survey = "having-a-say";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public WorkedExampleTests()
    {
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
        _site.Settings["CoProWidgets:RateLimits:SurveyResponses:PermitLimit"] = "10000";
        _site.Settings["CoProWidgets:RateLimits:SurveyPages:PermitLimit"] = "10000";
        _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task TheWorkedExample_ThroughTheSamplesFormAndCsv_RevealsNothing()
    {
        await AnswerAsync("carer", "strongly-disagree", 1);
        await AnswerAsync("uses-services", "agree", 25);
        await AnswerAsync("uses-services", "neither", 15);
        await AnswerAsync("staff", "agree", 11);
        var first = await PublishAndDownloadAsync();
        await AnswerAsync("carer", "agree", 10);
        var second = await PublishAndDownloadAsync();

        // The subtraction of the worked example: everyone then, less the people who use services then, less staff now.
        var everyone = first.Count("Everyone", "strongly-disagree");
        var services = first.Count("I use health or social care services", "strongly-disagree");
        var staff = second.Count("I work in health or social care", "strongly-disagree");
        Assert.False(everyone is not null && services is not null && staff is not null, $"The CSVs give {everyone} - {services} - {staff}.");

        // The CSVs are what the snapshots show, and nothing solving every snapshot together finds anyone.
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get(Survey).Value!;
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var history = (await db.ResultsSnapshots.AsNoTracking().Where(s => s.Survey == Survey).OrderBy(s => s.Sequence).ToListAsync())
            .Select(row => new SnapshotRecord(row.ToBasis()!, row.ToTally(), row.Held?.Split(',') ?? [], row.ToHidden())).ToList();
        Assert.Equal(2, history.Count);
        var k = _site.Services.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value.Results.SuppressBelow;
        foreach (var (csv, record) in new[] { first, second }.Zip(history))
        {
            var shown = ResultsBuilder.Build(survey, record.Published, k, record.Hidden).Single(question => question.Id == "have-a-say");
            foreach (var row in shown.Rows)
            {
                Assert.Equal(row.Suppressed ? null : row.Responses == 0 ? 0 : row.Shares[4].Count, csv.Count(row.Label, "strongly-disagree"));
            }
        }

        Assert.Empty(LinearAdversary.Findings(survey, "have-a-say", history, k));
    }

    private async Task AnswerAsync(string respondent, string haveASay, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var second = await FormPost.From(await _client.GetDocumentAsync("/Have-Your-Say"))
                .Set("q-have-a-say", haveASay).Set("q-share-power", "agree").Set("q-respondent", respondent).PostAsync(_client);
            using var third = await FormPost.From(await second.ReadDocumentAsync()).Set("q-before", "no").PostAsync(_client);
            using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(_client);
            using var done = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "submit").PostAsync(_client);
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, done.StatusCode);
        }
    }

    private async Task<ResultsCsv> PublishAndDownloadAsync()
    {
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get(Survey).Value!;
        Assert.NotNull(await _site.Services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null));
        return new ResultsCsv(await _client.GetStringAsync(new Uri($"/copro/surveys/{Survey}/results.csv", UriKind.Relative)));
    }

    /// <summary>The rows of a results CSV for the first question, as whoever downloaded it reads them.</summary>
    private sealed class ResultsCsv(string text)
    {
        private readonly List<string[]> _rows = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.TrimEnd('\r').Split(','))];

        // Columns: question_id, question, group, answer_id, answer, count, ...; no commas in this survey's first question.
        public long? Count(string group, string answer) =>
            _rows.Single(row => row[0] == "have-a-say" && row[2] == group && row[3] == answer)[5] is { Length: > 0 } count ? long.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
