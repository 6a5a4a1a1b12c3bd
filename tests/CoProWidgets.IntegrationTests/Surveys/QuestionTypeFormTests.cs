using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using CoProWidgets.Quotes;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>A number, a date, a rating, the Friends and Family Test and an "other" answer, through the form without JavaScript.</summary>
public sealed class QuestionTypeFormTests : IAsyncDisposable
{
    private const string Page = "/copro/surveys/" + EveryTypeSurvey.Name;
    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));
    private readonly string _folder = Directory.CreateTempSubdirectory("copro-types-").FullName;

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EveryType_AnsweredPageByPage_IsCheckedStoredCountedInBandsAndScreened()
    {
        using var client = await StartAsync();
        using var second = await FormPost.From(await client.GetDocumentAsync(Page))
            .Set("q-age", "42").Set("q-visited-day", "5").Set("q-visited-month", "3").Set("q-visited-year", "2026").Set("q-likely", "9")
            .PostAsync(client);
        var page2 = await second.ReadDocumentAsync();
        Assert.Equal("Page 2 of 2", page2.QuerySelector(".copro-progress")?.TextContent);

        using var check = await FormPost.From(page2).Set("q-fft", "good").Check("q-heard", "web").Check("q-heard", "other").Set("q-heard-other", "A leaflet from sam@example.com").PostAsync(client);
        var summary = await check.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(
            ["42", "5 March 2026", "9", "Good", "Our website, Somewhere else (please say): A leaflet from sam@example.com"],
            summary.QuerySelectorAll(".copro-summary__answer").Select(answer => answer.TextContent));

        using var done = await FormPost.From(summary).Set("action", "submit").PostAsync(client);
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var stored = await db.SurveyResponses.SingleAsync();
        var answers = SurveyAnswers.FromJson(stored.Answers);
        Assert.Equal(["42", "2026-03-05", "9", "good"], new[] { "age", "visited", "likely", "fft" }.Select(answers.TextOf));
        Assert.Equal(["web", "other"], answers.Of("heard"));
        Assert.Equal("A leaflet from sam@example.com", answers.TextOf("heard-other"));
        Assert.Contains(QuoteFlags.Email, stored.Flags, StringComparison.Ordinal);
        var tally = await SurveyTally.ReadAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), EveryTypeSurvey.Name);
        Assert.Equal((1L, 0L, 1L), (tally.Of("age", "25-64", ""), tally.Of("age", "42", ""), tally.Of("heard", "other", "")));
        Assert.DoesNotContain(tally.Counts.Keys, key => key.Question is "visited" or "heard-other");
    }

    [Fact]
    public async Task DateWithTheMonthWrong_LinksToTheMonthAndHighlightsOnlyIt_KeepingWhatWasTyped_AsValidHtml()
    {
        using var client = await StartAsync();
        var first = await client.GetDocumentAsync(Page);
        await SaveAsync("first", first);

        using var response = await FormPost.From(first)
            .Set("q-age", "12").Set("q-visited-day", "5").Set("q-visited-month", "13").Set("q-visited-year", "2026").Set("q-likely", "9")
            .PostAsync(client);
        var page = await response.ReadDocumentAsync();
        await SaveAsync("errors", page);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".copro-error-summary a").ToList();
        Assert.Equal(["Your answer must be between 16 and 120: How old are you?", "The date must be a real date: When did you last visit?"], links.Select(link => link.TextContent));
        var month = page.GetElementById(links[1].GetAttribute("href")![1..])!;
        Assert.Equal(("q-visited-month", "13", "true"), (month.GetAttribute("name"), month.GetAttribute("value"), month.GetAttribute("aria-invalid")));
        Assert.Equal(["q-visited-month"], page.QuerySelectorAll(".copro-input--error").Select(input => input.GetAttribute("name")));
        Assert.Equal("5", page.QuerySelector("input[name=q-visited-day]")?.GetAttribute("value"));
        Assert.Equal("numeric", page.QuerySelector("input[name=q-age]")?.GetAttribute("inputmode"));
        Assert.Equal("text", page.QuerySelector("input[name=q-age]")?.GetAttribute("type"));
        var rating = page.QuerySelectorAll("input[name=q-likely]").Select(input => page.QuerySelector($"label[for='{input.Id}']")!.TextContent).ToList();
        Assert.Equal(("0 – Not at all likely", "10 – Extremely likely", 11), (rating[0], rating[^1], rating.Count));

        using var second = await FormPost.From(page).Set("q-age", "42").Set("q-visited-month", "3").PostAsync(client);
        var page2 = await second.ReadDocumentAsync();
        await SaveAsync("second", page2);
        using var other = await FormPost.From(page2).Set("q-fft", "dont-know").Check("q-heard", "other").PostAsync(client);
        var otherPage = await other.ReadDocumentAsync();
        await SaveAsync("other", otherPage);

        var error = otherPage.QuerySelector(".copro-error-summary a")!;
        Assert.Equal("Enter your other answer, or choose another option: How did you hear about us? (Somewhere else (please say))", error.TextContent);
        var box = otherPage.GetElementById(error.GetAttribute("href")![1..])!;
        Assert.Equal("textarea", box.LocalName);
        Assert.Equal("Please say", otherPage.QuerySelector($"label[for='{box.Id}']")?.TextContent);
        Assert.Equal(box.Closest(".copro-conditional")?.Id, otherPage.QuerySelector("input[name=q-heard][value=other]")?.GetAttribute("aria-controls"));
        Assert.Empty(await NuHtmlChecker.CheckAsync(_folder));
    }

    [Fact]
    public async Task FriendsAndFamily_Results_GivePercentPositiveAndNegative_OnThePageAndInTheCsv()
    {
        using var client = await StartAsync();
        var service = _site.Services.GetRequiredService<SurveyService>();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get(EveryTypeSurvey.Name).Value!;
        foreach (var (fft, times) in new[] { ("very-good", 6), ("good", 3), ("poor", 1), ("dont-know", 2) })
        {
            for (var i = 0; i < times; i++)
            {
                var answers = SurveyAnswers.Read(new Microsoft.AspNetCore.Http.FormCollection(new() { ["q-fft"] = fft, ["q-age"] = "30" }), survey);
                await service.SubmitAsync(survey, SurveyService.NewKey(), answers);
            }
        }

        Assert.NotNull(await _site.Services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null));

        var page = await client.GetDocumentAsync(Page + "/results");
        var fftSection = page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == "Overall, how was your experience of our service?");
        Assert.Contains("75% positive (very good or good) and 8% negative (poor or very poor), of all 12 responses", fftSection.TextContent, StringComparison.Ordinal);
        Assert.Equal(["12", "50%", "25%", "0%", "8%", "0%", "17%", "75%", "8%"], fftSection.QuerySelectorAll("tbody tr td").Select(cell => cell.TextContent));
        var age = page.QuerySelectorAll(".copro-results__question").Single(section => section.QuerySelector(".copro-results__question-title")?.TextContent == "How old are you?");
        Assert.Equal(["Who", "Responses", "16 to 24", "25 to 64", "65 to 120"], age.QuerySelectorAll("thead th").Select(cell => cell.TextContent));
        Assert.DoesNotContain("When did you last visit?", page.QuerySelector(".copro-results")!.TextContent, StringComparison.Ordinal);

        var csv = await client.GetStringAsync(new Uri(Page + "/results.csv", UriKind.Relative));
        Assert.Contains("fft,\"Overall, how was your experience of our service?\",Everyone,positive,Positive (very good or good),9,12,75.0,", csv, StringComparison.Ordinal);
        Assert.Contains("fft,\"Overall, how was your experience of our service?\",Everyone,negative,Negative (poor or very poor),1,12,8.3,", csv, StringComparison.Ordinal);
        Assert.Contains("age,How old are you?,Everyone,25-64,25 to 64,12,12,", csv, StringComparison.Ordinal);
    }

    private async Task<HttpClient> StartAsync()
    {
        _site.WriteContent($"surveys/{EveryTypeSurvey.Name}.md", EveryTypeSurvey.Text);
        await _site.StartAsync();
        return _site.Client(null);
    }

    private Task SaveAsync(string name, IDocument page) => File.WriteAllTextAsync(Path.Combine(_folder, name + ".html"), page.ToHtml());
}
