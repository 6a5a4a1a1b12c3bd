using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>The sample survey's routing, through the form as a browser without JavaScript sends it.</summary>
public sealed class SurveyRoutingFormTests : IDisposable
{
    private const string Page = "/Have-Your-Say";
    private const string Title = "Having a say in your care - Healthwatch Riverside";
    private readonly SampleSiteFactory _site = new();
    private readonly HttpClient _client;

    public SurveyRoutingFormTests()
    {
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
        _client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task ACarer_IsAskedTheCarersQuestions_AndAChangeToStaff_AsksTheStaffOnes_DroppingTheCarersAnswersEverywhere()
    {
        using var own = await _client.GetAsync(new Uri("/copro/surveys/having-a-say", UriKind.Relative));
        Assert.Equal($"Page 1 of 3: Your say in your care - {Title}", (await own.ReadDocumentAsync()).Title);

        using var second = await FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer").PostAsync(_client);
        var page2 = await second.ReadDocumentAsync();
        Assert.Equal($"Page 2 of 3: How you would like to be involved - {Title}", page2.Title);
        Assert.Equal("Page 2 of 3: How you would like to be involved", Words(page2.QuerySelector("#copro-1-page")));
        Assert.NotNull(page2.GetElementById("copro-1-q-carer-help"));
        Assert.Null(page2.GetElementById("copro-1-q-staff-time"));
        Assert.Null(page2.GetElementById("copro-1-q-services-used"));

        using var third = await FormPost.From(page2).Check("q-carer-help", "evenings").Set("q-before", "no").PostAsync(_client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(_client);
        var summary = await check.ReadDocumentAsync();
        Assert.Equal($"Check your answers - {Title}", summary.Title);
        Assert.Contains("What would help you take part as a carer?", Questions(summary));
        Assert.DoesNotContain("Where do you work?", Questions(summary));
        Assert.Single(summary.QuerySelectorAll("button[name=action]"), button => button.GetAttribute("value") == "change-1-respondent");

        using var opened = await FormPost.From(summary).Set("action", "change-1-respondent").PostAsync(_client);
        var page1 = await opened.ReadDocumentAsync();
        Assert.True(page1.GetElementById("copro-1-q-respondent")!.HasAttribute("autofocus"));
        Assert.NotNull(page1.QuerySelector("input[name=changing]"));

        // Now staff: the staff questions are new, so page 2 comes before check your answers again.
        using var staffPage = await FormPost.From(page1).Set("q-respondent", "staff").PostAsync(_client);
        var asked = await staffPage.ReadDocumentAsync();
        Assert.Equal($"Page 2 of 3: How you would like to be involved - {Title}", asked.Title);
        Assert.NotNull(asked.GetElementById("copro-1-q-staff-time"));
        Assert.Null(asked.GetElementById("copro-1-q-carer-help"));
        Assert.Null(asked.QuerySelector("input[type=hidden][name=q-carer-help]"));

        using var back = await FormPost.From(asked).Set("q-staff-time", "agree").PostAsync(_client);
        var again = await back.ReadDocumentAsync();
        Assert.Equal($"Check your answers - {Title}", again.Title);
        Assert.DoesNotContain("What would help you take part as a carer?", Questions(again));
        Assert.Contains("My organisation gives me time to involve people who use services in decisions", Questions(again));
        Assert.Null(again.QuerySelector("input[name=q-carer-help]"));

        // Even an answer to a hidden question sent back by hand is never stored or counted.
        using var done = await FormPost.From(again).Set("action", "submit").Set("q-carer-help", "costs").PostAsync(_client);
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var stored = SurveyAnswers.FromJson(Assert.Single(await db.SurveyResponses.AsNoTracking().ToListAsync()).Answers);
        Assert.Equal(["staff"], stored.Of("respondent"));
        Assert.Equal(["agree"], stored.Of("staff-time"));
        Assert.Empty(stored.Of("carer-help"));
        // The only count of the carers' question left is of the people routing passed it by.
        Assert.False(await db.SurveyCounts.AnyAsync(count => count.Question == "carer-help" && count.Option != SurveyService.NotAskedOption && count.Count > 0));
        Assert.True(await db.SurveyCounts.AnyAsync(count => count.Question == "staff-time" && count.Option == "agree" && count.Count == 1));
    }

    [Fact]
    public async Task AChangeThatAsksNothingNew_ReturnsToCheckYourAnswers_AndBackGoesBeforeContinue()
    {
        using var second = await FormPost.From(await _client.GetDocumentAsync(Page))
            .Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "uses-services").PostAsync(_client);
        var page2 = await second.ReadDocumentAsync();
        var buttons = page2.QuerySelectorAll("form button").Where(button => !button.HasAttribute("hidden")).Select(button => button.TextContent).ToList();
        Assert.Equal(["Back", "Continue", "Save and come back later"], buttons);
        Assert.Equal("next", page2.QuerySelector("form button")?.GetAttribute("value"));

        using var third = await FormPost.From(page2).Set("q-before", "yes").PostAsync(_client);
        using var check = await FormPost.From(await third.ReadDocumentAsync()).PostAsync(_client);
        using var opened = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "change-2-before").PostAsync(_client);
        var before = await opened.ReadDocumentAsync();
        Assert.True(before.GetElementById("copro-1-q-before")!.HasAttribute("autofocus"));

        using var done = await FormPost.From(before).Set("q-before", "no").PostAsync(_client);
        var summary = await done.ReadDocumentAsync();
        Assert.Equal($"Check your answers - {Title}", summary.Title);
        Assert.Equal("No", summary.QuerySelectorAll(".copro-summary__row").Single(row => row.QuerySelector("dt")!.TextContent == "Have you taken part in co-production before?").QuerySelector(".copro-summary__answer")!.TextContent);
    }

    private static List<string> Questions(IDocument page) => page.QuerySelectorAll(".copro-summary__question").Select(question => question.TextContent).ToList();

    private static string Words(IElement? element) => string.Join(' ', (element?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" :", ":", StringComparison.Ordinal);
}
