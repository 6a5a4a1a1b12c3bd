using System.Net;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>The sample survey answered as a browser without JavaScript answers it: page by page, checked, submitted once.</summary>
public sealed class SurveyFormTests : IDisposable
{
    private const string Page = "/Have-Your-Say";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public SurveyFormTests()
    {
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));

        // Without the sample's own sign-up page, as a new site has it (SignUpPageTests covers the sample's setting).
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = null;
        _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Survey_AnsweredPageByPage_ChecksTheAnswers_ThenStoresOneResponseAndThanks()
    {
        var first = FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "strongly-agree").Set("q-respondent", "carer");

        using var second = await first.PostAsync(_client);
        var page2 = await second.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Page 2 of 3", page2.QuerySelector(".copro-progress")?.TextContent);

        using var third = await FormPost.From(page2).Check("q-ways", "groups").Check("q-ways", "reviewing").Set("q-before", "no").Set("q-anything-else", "More evening meetings, please.").PostAsync(_client);
        var page3 = await third.ReadDocumentAsync();
        Assert.Equal("Page 3 of 3", page3.QuerySelector(".copro-progress")?.TextContent);

        using var check = await FormPost.From(page3).Set("q-age", "65-79").PostAsync(_client);
        var summary = await check.ReadDocumentAsync();
        Assert.Equal("Check your answers", summary.QuerySelector(".copro-survey__step")?.TextContent);
        var rows = summary.QuerySelectorAll(".copro-summary__row").ToDictionary(row => row.QuerySelector("dt")!.TextContent, row => row.QuerySelector(".copro-summary__answer")!.TextContent);
        Assert.Equal("Agree", rows["I feel I have a say in how my care or support is planned"]);
        Assert.Equal("Joining a small group that meets a few times, Checking leaflets or web pages before they are published", rows["How would you like to be involved?"]);
        Assert.Equal("Not answered", rows["Do you consider yourself to have a disability or long-term health condition?"]);

        var submit = FormPost.From(summary).Set("action", "submit");
        using var done = await submit.PostAsync(_client);
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        Assert.Equal("/Have-Your-Say?copro-survey-thanks=having-a-say#copro-1-thanks", done.Headers.Location?.OriginalString);

        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal("having-a-say", response.Survey);
        var answers = SurveyAnswers.FromJson(response.Answers);
        Assert.Equal(["groups", "reviewing"], answers.Of("ways"));
        Assert.Equal("More evening meetings, please.", answers.TextOf("anything-else"));
        Assert.Equal(["65-79"], answers.Of("age"));
        Assert.Empty(answers.Of("disability"));

        var thanks = await _client.GetDocumentAsync(done.Headers.Location!.OriginalString);
        Assert.Equal("Your answers have been sent", thanks.QuerySelector(".copro-panel h3")?.TextContent);
        Assert.Equal("/copro/get-involved", thanks.QuerySelector(".copro-panel a")?.GetAttribute("href"));

        // The same response sent again (a double click, a resend) stores nothing more.
        using var again = await submit.PostAsync(_client);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Single(await ResponsesAsync());
    }

    [Fact]
    public async Task Page_WithMissingAndBadAnswers_ShowsEachInTheSummaryLinkedToItsQuestion_AndMovesOnNowhere()
    {
        var form = FormPost.From(await _client.GetDocumentAsync(Page)).Set("q-share-power", "maybe");

        using var response = await form.PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".copro-error-summary a").ToList();
        Assert.Equal(
            [
                "Select how much you agree or disagree: I feel I have a say in how my care or support is planned",
                "Select an answer from the list: People who use services should share decisions equally with staff",
                "Select an answer: Which of these describes you best?",
            ],
            links.Select(link => link.TextContent));
        Assert.All(links, link => Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..])));
        Assert.Equal("Page 1 of 3", page.QuerySelector(".copro-progress")?.TextContent);
        Assert.Empty(await ResponsesAsync());
    }

    [Fact]
    public async Task AnswersKeptAcrossPages_AndBackGoesBackWithoutChecking()
    {
        var first = FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "disagree").Set("q-share-power", "agree").Set("q-respondent", "staff");
        using var second = await first.PostAsync(_client);

        using var back = await FormPost.From(await second.ReadDocumentAsync()).Set("action", "back").PostAsync(_client);
        var page1 = await back.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal("Page 1 of 3", page1.QuerySelector(".copro-progress")?.TextContent);
        Assert.Equal("disagree", page1.QuerySelector("input[name=q-have-a-say][checked]")?.GetAttribute("value"));
        Assert.Equal("staff", page1.QuerySelector("input[name=q-respondent][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Submit_WithHiddenAnswersTamperedWith_ShowsThePageWithTheProblem_AndStoresNothing()
    {
        var first = FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer");
        using var second = await first.PostAsync(_client);
        using var third = await FormPost.From(await second.ReadDocumentAsync()).Set("q-before", "yes").PostAsync(_client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(_client);

        using var response = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "submit").Set("q-respondent", "a-robot").PostAsync(_client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Page 1 of 3", (await response.ReadDocumentAsync()).QuerySelector(".copro-progress")?.TextContent);
        Assert.Empty(await ResponsesAsync());
    }

    [Fact]
    public async Task FreeText_OverItsLimit_IsRefusedWithTheLimitInTheMessage()
    {
        var first = FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer");
        using var second = await first.PostAsync(_client);

        using var response = await FormPost.From(await second.ReadDocumentAsync()).Set("q-before", "yes").Set("q-anything-else", new string('x', 1501)).PostAsync(_client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Your answer must be 1500 characters or fewer", (await response.ReadDocumentAsync()).QuerySelector(".copro-error-summary a")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-15", "This survey opens on 1 November 2026")]
    [InlineData("2027-04-01", "This survey closed on 31 March 2027")]
    public async Task OutsideItsDates_TheSurveySaysSo_AndRefusesAnswers(string today, string message)
    {
        using var site = new SampleSiteFactory();
        site.ConfigureServices = services => services.AddSingleton<TimeProvider>(new FixedTime(DateTimeOffset.Parse(today + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync(Page);
        Assert.StartsWith(message, page.QuerySelector(".copro-survey .copro-inset")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".copro-survey form"));

        var form = FormPost.From(await _client.GetDocumentAsync(Page)).Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer").Set("action", "submit");
        using var response = await client.PostAsync(new Uri("/copro/surveys/having-a-say", UriKind.Relative), new FormUrlEncodedContent(form.Values));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.False(await db.SurveyResponses.AnyAsync());
    }

    [Fact]
    public async Task AnUnknownSurvey_IsNotFound()
    {
        using var page = await _client.GetAsync(new Uri("/copro/surveys/no-such-survey", UriKind.Relative));
        using var post = await _client.PostAsync(new Uri("/copro/surveys/no-such-survey", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private async Task<List<SurveyResponse>> ResponsesAsync()
    {
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SurveyResponses.AsNoTracking().ToListAsync();
    }
}
