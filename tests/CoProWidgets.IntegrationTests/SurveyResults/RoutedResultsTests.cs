using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.SurveyResults;

/// <summary>A routed survey's results, page and CSV, from answers stored by the survey service the form posts to.</summary>
public sealed class RoutedResultsTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Caring
        results: while-open
        thank-you: Thanks.
        ---
        ## Which describes you?
        id: who
        type: single
        required: no
        group: yes

        - carer: I care for someone who uses services
        - patient: I use services

        ## Do you use the day centre?
        id: centre
        type: yes-no
        required: no

        ---

        ## The day centre listens to me
        id: listens
        type: agreement
        required: no
        show-if: who is carer

        ## The day centre is easy to get to
        id: travel
        type: agreement
        required: no
        show-if: centre is yes
        """;

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private TestDatabase? _database;
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task RoutedQuestion_CountsOnlyThePeopleAsked_AndSaysWhoTheyWere_OnThePageAndInTheCsv()
    {
        await StartAsync();
        await SubmitAsync(15, who: "carer", centre: "yes", listens: "agree");
        await SubmitAsync(5, who: "carer", centre: "yes", listens: null);
        // Answers to a question not asked are never stored: these people said they do not use the centre.
        await SubmitAsync(20, who: "patient", centre: "no", listens: "disagree");
        await PublishAsync();

        var page = await _app!.GetTestClient().GetDocumentAsync("/copro/surveys/s/results");
        var question = page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == "The day centre listens to me");
        Assert.Equal("Asked of people in the group “I care for someone who uses services”: 20 people. The figures count only the people asked.", question.QuerySelector(".copro-results__asked")?.TextContent);
        var everyone = question.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray();
        Assert.Equal("15 of 20 asked", everyone[0]);

        var csv = await _app!.GetTestClient().GetStringAsync(new Uri("/copro/surveys/s/results.csv", UriKind.Relative));
        Assert.Contains("listens,The day centre listens to me,Everyone,:asked,Asked of people in the group “I care for someone who uses services”,20,,,,,no", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionRoutedOnAnAnswerOtherThanTheGroup_IsNotPublished_SinceItsPeopleWouldTellThatAnswer()
    {
        await StartAsync();
        await SubmitAsync(15, who: "carer", centre: "yes", listens: "agree", travel: "agree");
        await SubmitAsync(20, who: "patient", centre: "no", listens: null);
        await PublishAsync();
        await SubmitAsync(12, who: "patient", centre: "yes", listens: null, travel: "disagree");
        await PublishAsync();

        var page = await _app!.GetTestClient().GetDocumentAsync("/copro/surveys/s/results");
        var question = page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == "The day centre is easy to get to");
        Assert.DoesNotContain("12", question.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("15", question.TextContent, StringComparison.Ordinal);
        var csv = await _app!.GetTestClient().GetStringAsync(new Uri("/copro/surveys/s/results.csv", UriKind.Relative));
        Assert.DoesNotContain(csv.Split('\n'), line => line.StartsWith("travel,", StringComparison.Ordinal) && (line.Contains(",12,", StringComparison.Ordinal) || line.Contains(",15,", StringComparison.Ordinal) || line.Contains(",27,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RoutedResultsPageAndReport_AreValidHtml()
    {
        await StartAsync();
        await SubmitAsync(15, who: "carer", centre: "yes", listens: "agree");
        await SubmitAsync(20, who: "patient", centre: "no", listens: null);
        await PublishAsync();
        var folder = Directory.CreateTempSubdirectory("copro-routed-html").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "results.html"), await _app!.GetTestClient().GetStringAsync(new Uri("/copro/surveys/s/results", UriKind.Relative)));
            await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), await _app!.GetTestClient().GetStringAsync(new Uri("/copro/surveys/s/report", UriKind.Relative)));

            var errors = await NuHtmlChecker.CheckAsync(folder);

            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DeletingAResponseNotAskedAQuestion_TakesItOffThatQuestionsNotAskedCount()
    {
        await StartAsync();
        await SubmitAsync(2, who: "patient", centre: "no", listens: null);
        var service = _app!.Services.GetRequiredService<SurveyService>();
        var survey = _app.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        Assert.Equal(2, await NotAskedAsync());

        Guid id;
        await using (var db = _app.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            id = await db.SurveyResponses.Where(r => r.Survey == "s").Select(r => r.Id).FirstAsync();
        }

        Assert.True(await service.ExcludeAsync(survey, id, alongside: null));
        Assert.Equal(1, await NotAskedAsync());
        Assert.True(await service.IncludeAsync(survey, id, alongside: null));
        Assert.Equal(2, await NotAskedAsync());
        Assert.Equal(ResponseDeletion.Deleted, await service.DeleteAsync(survey, id, alongside: null));
        Assert.Equal(1, await NotAskedAsync());
    }

    private async Task<long> NotAskedAsync()
    {
        var tally = await SurveyTally.ReadAsync(_app!.Services.GetRequiredService<CoProDbContextFactory>(), "s");
        Assert.Equal(tally.Of("listens", SurveyService.NotAskedOption, string.Empty), tally.Of("listens", SurveyService.NotAskedOption, "patient"));
        return tally.Of("listens", SurveyService.NotAskedOption, string.Empty);
    }

    private async Task PublishAsync()
    {
        var survey = _app!.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        Assert.NotNull(await _app.Services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null));
    }

    private async Task SubmitAsync(int times, string who, string centre, string? listens, string? travel = null)
    {
        var service = _app!.Services.GetRequiredService<SurveyService>();
        var survey = _app.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-who"] = who, ["q-centre"] = centre, ["q-listens"] = listens, ["q-travel"] = travel }), survey);
        for (var i = 0; i < times; i++)
        {
            Assert.True(await service.SubmitAsync(survey, SurveyService.NewKey(), answers));
        }
    }

    private async Task StartAsync()
    {
        Directory.CreateDirectory(Path.Combine(_content, "surveys"));
        await File.WriteAllTextAsync(Path.Combine(_content, "surveys", "s.md"), Survey);
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string?>(_database.Settings) { ["CoProWidgets:ContentPath"] = _content };
        _app = await LibraryHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z")));
    }
}
