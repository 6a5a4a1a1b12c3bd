using System.Net;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using MimeKit;

namespace CoProWidgets.IntegrationTests.Outcomes;

/// <summary>The loop closed in the sample site: answers update the results page; a new outcome file emails its followers once.</summary>
public sealed class SampleLoopTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public SampleLoopTests()
    {
        _site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
        _site.Settings["CoProWidgets:Outcomes:CheckInterval"] = "00:00:02";
        _site.Settings["CoProWidgets:Email:PollInterval"] = "00:00:01";
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task PollingTheResultsWhileAnsweringTheSampleSurvey_RevealsNoSingleResponse()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("Results will be published here once at least 10 people have answered.", (await client.GetDocumentAsync("/You-Said-We-Did")).QuerySelector(".copro-results__status")?.TextContent);
        var csvBefore = await client.GetStringAsync(new Uri("/copro/surveys/having-a-say/results.csv", UriKind.Relative));

        var page1 = FormPost.From(await client.GetDocumentAsync("/Have-Your-Say")).Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer");
        using var page2 = await page1.PostAsync(client);
        using var page3 = await FormPost.From(await page2.ReadDocumentAsync()).Set("q-before", "no").PostAsync(client);
        using var check = await FormPost.From(await page3.ReadDocumentAsync()).PostAsync(client);
        using var done = await FormPost.From(await check.ReadDocumentAsync()).Set("action", "submit").PostAsync(client);
        var results = _site.Services.GetRequiredService<PublishedResults>();
        await results.RefreshAsync(CancellationToken.None);

        // The response is stored, but neither the page nor the CSV moves by one person, even after a scheduled look.
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        Assert.Equal("Results will be published here once at least 10 people have answered.", (await client.GetDocumentAsync("/You-Said-We-Did")).QuerySelector(".copro-results__status")?.TextContent);
        Assert.Equal(csvBefore, await client.GetStringAsync(new Uri("/copro/surveys/having-a-say/results.csv", UriKind.Relative)));

        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("having-a-say").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-have-a-say"] = "disagree", ["q-share-power"] = "agree", ["q-respondent"] = "staff", ["q-before"] = "yes" }), survey);
        for (var i = 0; i < 9; i++)
        {
            await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers);
        }

        Assert.Equal(1, await results.RefreshAsync(CancellationToken.None));
        var published = await client.GetDocumentAsync("/You-Said-We-Did");
        Assert.StartsWith("Based on 10 responses, published on ", published.QuerySelector(".copro-results__status")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingANewOutcomeFile_EmailsTheSubscribersWhoFollowItsArea_ExactlyOnce()
    {
        using var client = _site.CreateClient();
        await client.GetDocumentAsync("/You-Said-We-Did");
        await AddFollowerAsync("hospital@example.org", "hospital-care");
        await AddFollowerAsync("carer@example.org", "carers");

        _site.WriteContent("outcomes/discharge-letters.md", """
            ---
            title: Clearer letters when you leave hospital
            date: 2026-11-30
            status: planned
            areas: [hospital-care]
            affects: Patients leaving Riverside General Hospital
            when: From February 2027
            more: /Get-Involved
            ---
            ## You said

            Discharge letters were hard to follow.

            ## We did

            The hospital will rewrite them with patients.
            """);

        await Wait.UntilAsync(() => Mail("Clearer letters").Count == 1, TimeSpan.FromSeconds(20));
        var message = Mail("Clearer letters").Single();
        Assert.Equal("hospital@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("You said, we did: Clearer letters when you leave hospital", message.Subject);

        // Later looks, and the page views that read the file, send nothing more.
        await client.GetDocumentAsync("/copro/outcomes/discharge-letters");
        await _site.Services.GetRequiredService<CoProWidgets.Outcomes.OutcomeNotifier>().CheckAsync();
        await Task.Delay(2500);
        Assert.Single(Mail("Clearer letters"));
    }

    private List<MimeMessage> Mail(string subject) =>
        (Directory.Exists(_site.MailPath) ? Directory.GetFiles(_site.MailPath, "*.eml") : [])
            .Select(path => MimeMessage.Load(path))
            .Where(message => message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
            .ToList();

    private Task AddFollowerAsync(string email, string area) =>
        Followers.AddAsync(_site.Services.GetRequiredService<CoProDbContextFactory>(), email, area);
}
