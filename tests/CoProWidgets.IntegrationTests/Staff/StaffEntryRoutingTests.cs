using System.Net;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>Staff entering a response on one form follow the survey's routing: what is asked only when, and why it was skipped.</summary>
public sealed class StaffEntryRoutingTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Having a say
        thank-you: Thanks.
        ---
        ## Which describes you?
        id: who
        type: single

        - uses: I use services
        - carer: I care for someone

        ---

        ## How many hours a week do you care?
        id: hours
        type: single
        show-if: who is carer

        - few: A few
        - many: Many

        ## Anything else?
        id: else
        type: text
        required: no
        """;

    private const string AskedWhen = "Asked only when the answer to 'Which describes you?' is 'I care for someone'.";

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task AQuestionAskedOnlyWhen_SaysSo_IsNotRequiredWhenNotAsked_AndItsAnswerIsDropped()
    {
        await StartAsync();
        using var staff = _site.Client("sam/staff");
        using var opened = await staff.GetAsync(new Uri("/copro/staff/surveys/s/enter", UriKind.Relative));
        var page = await opened.ReadDocumentAsync();
        Assert.Equal(AskedWhen, page.GetElementById("copro-entry-q-hours-condition")?.TextContent);
        Assert.Contains("copro-entry-q-hours-condition", page.QuerySelector("fieldset:has(#copro-entry-q-hours)")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);

        // A carer without hours: hours is asked, so it is needed.
        using var carer = await FormPost.From(page).Set("channel", "paper").Set("q-who", "carer").PostAsync(staff);
        var problems = await carer.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, carer.StatusCode);
        Assert.Equal(["Select an answer: How many hours a week do you care?"], problems.QuerySelectorAll(".copro-error-summary a").Select(link => link.TextContent));

        // Someone who uses services, with hours filled in by mistake and no channel: hours is skipped, and says why.
        using var mistaken = await FormPost.From(problems).Set("channel", string.Empty).Set("q-who", "uses").Set("q-hours", "many").PostAsync(staff);
        var skipped = await mistaken.ReadDocumentAsync();
        Assert.Equal(["Select how these answers were given"], skipped.QuerySelectorAll(".copro-error-summary a").Select(link => link.TextContent));
        Assert.StartsWith("Not asked with the answers entered", skipped.GetElementById("copro-entry-q-hours-condition")?.TextContent, StringComparison.Ordinal);

        using var stored = await FormPost.From(skipped).Set("channel", "phone").PostAsync(staff);
        Assert.Equal(HttpStatusCode.SeeOther, stored.StatusCode);
        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var answers = SurveyAnswers.FromJson((await db.SurveyResponses.SingleAsync()).Answers);
        Assert.Equal(["uses"], answers.Of("who"));
        Assert.Empty(answers.Of("hours"));
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
