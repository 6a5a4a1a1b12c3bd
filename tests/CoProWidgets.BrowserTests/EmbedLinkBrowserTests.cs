using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// What the script makes of a page: links alone in their paragraph to a widget's page become the widget (the widget
/// pages as the host's manifest gives them), links in sentences stay links, and snippet values that are not a kind
/// the host has and a content name fetch nothing.
/// </summary>
public sealed class EmbedLinkBrowserTests : IClassFixture<EmbedSite>
{
    private const string Survey = "embed-survey";
    private readonly EmbedSite _site;

    public EmbedLinkBrowserTests(EmbedSite site)
    {
        _site = site;

        SiteData.WriteUndatedSurvey(site.Widgets.Site, Survey);
    }

    [Fact]
    public async Task LinksAloneInTheirParagraph_BecomeTheirWidgets_AndLinksInSentencesStayLinks()
    {
        var before = await CountResponsesAsync();
        var email = $"link-{Guid.NewGuid():N}@example.org";
        var (page, problems) = await _site.Widgets.NewPageAsync();
        // What an editor's Markdown or rich-text editor writes: a link on a line of its own is a paragraph.
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("links.html", $"""
            <h2>Have your say</h2>
            <p><a href="{_site.WidgetOrigin}/copro/surveys/{Survey}">Answer our survey about having a say</a></p>
            <p>You can also <a href="{_site.WidgetOrigin}/copro/get-involved" id="in-sentence">get involved</a> in our work.</p>
            <p><a href="{_site.WidgetOrigin}/copro/outcomes/not-a-widget/page">Not a widget's page</a></p>
            <p><a href="https://example.org/copro/get-involved">The same path on another host</a></p>
            <p>
              <a href="{_site.WidgetOrigin}/copro/get-involved">Get involved</a>
            </p>
            """)}");

        var survey = page.Locator("[data-copro-widget=survey][data-copro-name=embed-survey]");
        var title = survey.GetByRole(AriaRole.Heading, new() { Level = 3 });
        await title.WaitForAsync();
        Assert.Equal("3", await survey.GetAttributeAsync("data-copro-heading-level"));
        var signUp = page.Locator("[data-copro-widget=get-involved]");
        await signUp.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();

        // Only those two links changed: the one in a sentence and the ones that are not a widget's page are links still.
        Assert.Equal(2, await page.Locator("[data-copro-widget]").CountAsync());
        Assert.True(await page.Locator("#in-sentence").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Not a widget's page" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "The same path on another host" }).IsVisibleAsync());
        await Accessibility.AssertNoViolationsAsync(page.Locator("main"));

        await EmbeddedWidget.AnswerSurveyAsync(survey);
        Assert.Equal(before + 1, await CountResponsesAsync());
        await EmbeddedWidget.SignUpAsync(signUp, email);
        Assert.Equal(SignUpStatus.Pending, (await FindSignUpAsync(email))?.Status);
        await EmbeddedWidget.WaitForConfirmationEmailAsync(_site.Widgets.Site, email);
        Assert.Equal($"{_site.ListedOrigin}/links.html", page.Url);
        EmbeddedWidget.AssertNoProblems(problems);
    }

    [Fact]
    public async Task LinksToEveryWidgetsPage_BecomeTheirWidgets_AndLinksAddedLaterWhenMountIsCalled()
    {
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("every-link.html", $"""
            <p><a href="{_site.WidgetOrigin}/copro/principles/our-principles/page">Our principles</a></p>
            <p><a href="{_site.WidgetOrigin}/copro/surveys/{Survey}/results">What people said</a></p>
            <p><a href="{_site.WidgetOrigin}/copro/outcomes">You said, we did</a></p>
            <p><a href="{_site.WidgetOrigin}/copro/outcomes/evening-gp-appointments">Evening GP appointments</a></p>
            <div id="later"></div>
            """)}");

        await page.Locator("[data-copro-widget=principles][data-copro-name=our-principles]").GetByRole(AriaRole.Heading, new() { Name = "Our co-production principles", Level = 2 }).WaitForAsync();
        await page.Locator($"[data-copro-widget=results][data-copro-name={Survey}] .copro-results").WaitForAsync();
        await page.Locator("[data-copro-widget=outcomes]:not([data-copro-name]) .copro-outcomes__item").First.WaitForAsync();
        await page.Locator("[data-copro-widget=outcomes][data-copro-name=evening-gp-appointments] .copro-outcome").WaitForAsync();

        // As a CMS that loads content after the page: a paragraph added later, then mount().
        await page.EvaluateAsync(
            """
            href => {
                const p = document.createElement('p'), a = document.createElement('a');
                a.href = href;
                a.textContent = 'Get involved';
                p.append(a);
                document.getElementById('later').append(p);
                window.CoProWidgets.mount();
            }
            """,
            $"{_site.WidgetOrigin}/copro/get-involved");
        await page.Locator("[data-copro-widget=get-involved]").GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();
        foreach (var widget in await page.Locator("[data-copro-widget]").AllAsync())
        {
            await Accessibility.AssertNoViolationsAsync(widget);
        }

        EmbeddedWidget.AssertNoProblems(problems);
    }

    [Fact]
    public async Task SnippetValues_ThatAreNotAKnownKindAndAContentName_FetchAndFrameNothing()
    {
        var (page, problems) = await _site.Widgets.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) => asked.Add(request.Url);
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("bad-values.html", $"""
            <div data-copro-widget="../staff"><a href="/fallback-1">Staff?</a></div>
            <div data-copro-widget=".." data-copro-name="staff"><a href="/fallback-2">Staff?</a></div>
            <div data-copro-widget="survey" data-copro-name="../../staff"><a href="/fallback-3">Staff?</a></div>
            <div data-copro-widget="survey" data-copro-name="a/b"><a href="/fallback-4">Slash</a></div>
            <div data-copro-widget="survey" data-copro-name=".."><a href="/fallback-5">Dots</a></div>
            <div data-copro-widget="staff"><a href="/fallback-6">Unknown kind</a></div>
            <div data-copro-widget="../staff" data-copro-mode="iframe"><a href="/fallback-7">Framed staff?</a></div>
            <div data-copro-widget="principles" data-copro-name="our-principles"><a href="/fallback-8">Our principles</a></div>
            """)}");

        // The one good snippet renders, so the script has run over every other one.
        await page.Locator("[data-copro-widget=principles]").GetByRole(AriaRole.Heading, new() { Name = "Our co-production principles" }).WaitForAsync();

        var widgetHost = asked.Where(url => url.StartsWith(_site.WidgetOrigin, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(widgetHost, url => url.Contains("/staff", StringComparison.Ordinal) || url.Contains("a%2Fb", StringComparison.Ordinal) || url.Contains("/survey", StringComparison.Ordinal));
        Assert.Single(widgetHost, url => url.Contains("/copro/embed/", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        // Only the good snippet was mounted (a mounted widget has a shadow root); the others keep just their links.
        Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('[data-copro-widget]')].filter(e => e.shadowRoot).length"));
        Assert.Equal(8, await page.Locator("[data-copro-widget] > a[href^='/fallback-']").CountAsync());
        EmbeddedWidget.AssertNoProblems(problems);
    }

    [Fact]
    public async Task AKindOnlyTheHostKnows_IsMountedFromItsSnippet_AndFromALinkToItsPage()
    {
        // The throwaway kind exists in the widget host alone: nothing in the script names it.
        _site.Widgets.Site.WriteContent("notes/hello.md", "Hello from a note.");
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("new-kind.html", $"""
            <div data-copro-widget="throwaway-notes" data-copro-name="hello" id="snippet"><a href="#">Notes</a></div>
            <h2>More notes</h2>
            <p><a href="{_site.WidgetOrigin}/copro/notes/hello">Read the note</a></p>
            """)}");

        await page.Locator("#snippet").GetByText("Throwaway note: Hello from a note.").WaitForAsync();
        var upgraded = page.Locator("[data-copro-widget=throwaway-notes]:not(#snippet)");
        await upgraded.GetByText("Throwaway note: Hello from a note.").WaitForAsync();

        Assert.Equal("hello", await upgraded.GetAttributeAsync("data-copro-name"));
        Assert.Equal("3", await upgraded.GetAttributeAsync("data-copro-heading-level"));
        EmbeddedWidget.AssertNoProblems(problems);
    }

    private Task<int> CountResponsesAsync() => SiteData.CountResponsesAsync(_site.Widgets.Site, Survey);

    private Task<SignUp?> FindSignUpAsync(string email) => SiteData.FindSignUpAsync(_site.Widgets.Site, email);
}
