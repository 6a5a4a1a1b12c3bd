using System.Net;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>Staff enter a paper response with every new question type, read it on the responses page and export it.</summary>
public sealed class QuestionTypeStaffTests : IAsyncDisposable
{
    private const string Survey = "/copro/staff/surveys/" + EveryTypeSurvey.Name;
    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task PaperResponse_WithEveryType_IsCheckedStoredShownAndExported()
    {
        _site.WriteContent($"surveys/{EveryTypeSurvey.Name}.md", EveryTypeSurvey.Text);
        await _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
        using var staff = _site.Client("sam/staff");
        var form = FormPost.From(await staff.GetDocumentAsync(Survey + "/enter"))
            .Set("channel", "paper").Set("q-age", "70").Set("q-visited-day", "31").Set("q-visited-month", "4").Set("q-visited-year", "2026")
            .Set("q-likely", "3").Set("q-fft", "poor").Check("q-heard", "other").Set("q-heard-other", "The library");

        using var wrong = await form.PostAsync(staff);
        var page = await wrong.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var link = Assert.Single(page.QuerySelectorAll(".copro-error-summary a"));
        Assert.Equal("The date must be a real date: When did you last visit?", link.TextContent);
        Assert.Equal("q-visited-day", page.GetElementById(link.GetAttribute("href")![1..])?.GetAttribute("name"));
        Assert.Equal("The library", page.QuerySelector("textarea[name=q-heard-other]")?.TextContent);

        using var sent = await form.Set("q-visited-day", "30").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        await using (var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            var answers = SurveyAnswers.FromJson((await db.SurveyResponses.SingleAsync()).Answers);
            Assert.Equal(["70", "2026-04-30", "3", "poor", "other", "The library"], new[] { "age", "visited", "likely", "fft", "heard", "heard-other" }.Select(answers.TextOf));
        }

        var responses = await staff.GetDocumentAsync(Survey + "/responses");
        var shown = responses.QuerySelectorAll(".copro-staff__response dt").Zip(responses.QuerySelectorAll(".copro-staff__response dd"))
            .ToDictionary(pair => pair.First.TextContent, pair => pair.Second.TextContent.Trim());
        Assert.Equal("30 April 2026", shown["When did you last visit?"]);
        Assert.Equal("3", shown["How likely are you to recommend us to a friend?"]);
        Assert.Equal("Poor", shown["Overall, how was your experience of our service?"]);
        Assert.Equal("The library", shown["How did you hear about us? (Somewhere else (please say))"]);

        using var csv = await FormPost.From(responses, "form[action$='responses.csv']").PostAsync(staff);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("response_id,submitted_at,survey_version,channel,excluded,age,visited,likely,fft,heard,heard-other,other_answers", lines[0]);
        Assert.EndsWith(",paper,no,70,2026-04-30,3,poor,other,The library,", lines[1], StringComparison.Ordinal);

        using var byBand = await FormPost.From(responses, "form[action$='responses.csv']").Set("answer", "age:65-120").PostAsync(staff);
        Assert.Equal(2, (await byBand.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
