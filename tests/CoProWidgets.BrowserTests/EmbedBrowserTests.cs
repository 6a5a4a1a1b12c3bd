using System.Text.RegularExpressions;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The embed snippet on static pages of another origin, served with a strict Content-Security-Policy (including
/// Trusted Types): every widget renders, the survey and the sign-up can be completed with the focus on each message,
/// the host's styles and the widget's stay apart, axe-core finds no WCAG 2.2 AA violation inside the widgets, and an
/// origin that is not listed gets nothing.
/// </summary>
public sealed class EmbedBrowserTests : IClassFixture<EmbedSite>
{
    private const string Survey = "embed-survey";
    private readonly EmbedSite _site;

    public EmbedBrowserTests(EmbedSite site)
    {
        _site = site;

        SiteData.WriteUndatedSurvey(site.Widgets.Site, Survey);
    }

    [Fact]
    public async Task DemoPage_ShowsEveryWidget_UnderAStrictPolicy_WithNoViolations()
    {
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddDemoPage()}");

        var principles = page.Locator("[data-copro-widget=principles][data-copro-name=our-principles]");
        await principles.GetByRole(AriaRole.Heading, new() { Name = "Our co-production principles" }).WaitForAsync();
        await page.Locator("[data-copro-widget=survey]").GetByRole(AriaRole.Button, new() { Name = "Continue" }).WaitForAsync();
        await page.Locator("[data-copro-widget=get-involved]").GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();
        await page.Locator("[data-copro-widget=results] .copro-results").WaitForAsync();
        await page.Locator("[data-copro-widget=outcomes]:not([data-copro-name]) .copro-outcomes__item").First.WaitForAsync();
        // The pasted link became the outcome, titled below the heading before it.
        await page.Locator("[data-copro-widget=outcomes][data-copro-name=evening-gp-appointments]").GetByRole(AriaRole.Heading, new() { Level = 3 }).First.WaitForAsync();

        // The iframe: titled from the snippet's link, with the widget inside, and as tall as its content.
        var iframe = page.Locator("[data-copro-mode=iframe] iframe");
        Assert.Equal("How co-production works, step by step", await iframe.GetAttributeAsync("title"));
        await page.FrameLocator("[data-copro-mode=iframe] iframe").Locator(".copro-principles").WaitForAsync();
        // Below the fold: Chromium runs no resize observers in it until it is scrolled into view.
        var contentHeight = await WaitForFrameToFitAsync(iframe, page.Frames.Single(frame => frame != page.MainFrame));
        Assert.True(contentHeight > 300, $"The frame's content is {contentHeight}px tall.");

        // The fallback links are gone: the widgets replaced them.
        Assert.False(await principles.GetByRole(AriaRole.Link, new() { Name = "Read how Healthwatch Riverside works with people" }).IsVisibleAsync());

        foreach (var widget in await page.Locator("[data-copro-widget]:not([data-copro-mode])").AllAsync())
        {
            await Accessibility.AssertNoViolationsAsync(widget);
        }

        await Accessibility.AssertNoViolationsAsync(page.FrameLocator("[data-copro-mode=iframe] iframe").Locator("body"));
        AssertNoProblems(problems);
    }

    [Fact]
    public async Task Survey_CanBeCompletedFromAnotherSite_WithTheFocusOnWhatChanged()
    {
        var before = await CountResponsesAsync();
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("survey.html", $"""<div data-copro-widget="survey" data-copro-name="{Survey}"><a href="#">Answer the survey</a></div>""")}");
        var widget = page.Locator("[data-copro-widget=survey]");
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.Locator(".copro-error-summary").WaitForAsync();
        Assert.Equal("copro-1-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(widget);

        // The summary's links reach the fields inside the shadow root.
        await widget.GetByRole(AriaRole.Link, new() { Name = "Select how much you agree or disagree: I feel I have a say in how my care or support is planned" }).ClickAsync();
        Assert.Equal("copro-1-q-have-a-say", await Keyboard.ActiveElementIdAsync(page));

        await widget.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await widget.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await widget.GetByLabel("I care for someone who uses services").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Page 2 of 3").WaitForAsync();
        Assert.Equal("copro-1-title", await Keyboard.ActiveElementIdAsync(page));

        await widget.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Page 3 of 3").WaitForAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await widget.GetByText("Check your answers").WaitForAsync();
        Assert.Equal("copro-1-check", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await widget.GetByText("Your answers have been sent").WaitForAsync();
        Assert.Equal("copro-1-thanks", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(widget);

        Assert.Equal(before + 1, await CountResponsesAsync());
        Assert.Equal($"{_site.ListedOrigin}/survey.html", page.Url);
        AssertNoProblems(problems);
    }

    [Fact]
    public async Task SignUp_CanBeCompletedFromAnotherSite_AndSendsTheConfirmationEmail()
    {
        var email = $"embed-{Guid.NewGuid():N}@example.org";
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("sign-up.html", """<div data-copro-widget="get-involved" data-copro-heading-level="2"><a href="#">Get involved</a></div>""")}");
        var widget = page.Locator("[data-copro-widget=get-involved]");
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await widget.Locator(".copro-error-summary").WaitForAsync();
        Assert.Equal("copro-1-errors", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();
        Assert.Equal("copro-1-email", await Keyboard.ActiveElementIdAsync(page));
        await page.Keyboard.TypeAsync(email);
        await widget.GetByLabel("GP access and appointments").CheckAsync();
        await widget.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        await widget.GetByText("Check your email").WaitForAsync();
        Assert.Equal("copro-1-sent", await Keyboard.ActiveElementIdAsync(page));
        await Accessibility.AssertNoViolationsAsync(widget);

        var signUp = await FindSignUpAsync(email);
        Assert.Equal(SignUpStatus.Pending, signUp?.Status);
        await Wait.UntilAsync(() => Task.FromResult(Directory.Exists(_site.Widgets.Site.MailPath) && Directory.EnumerateFiles(_site.Widgets.Site.MailPath).Any(file => File.ReadAllText(file).Contains(email, StringComparison.Ordinal))), "the confirmation email is written");

        // "Sign up with a different email address" brings the form back in place.
        await widget.GetByRole(AriaRole.Link, new() { Name = "Sign up with a different email address" }).ClickAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();
        Assert.Equal($"{_site.ListedOrigin}/sign-up.html", page.Url);
        AssertNoProblems(problems);
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
        AssertNoProblems(problems);
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

        AssertNoProblems(problems);
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
        AssertNoProblems(problems);
    }

    [Theory]
    [InlineData(1280, 1500)]
    [InlineData(375, 2000)]
    public async Task PlainIframe_WithTheReadmesFixedHeights_FitsEveryStateOfTheSurvey(int width, int height)
    {
        // The README's plain iframe and stylesheet, for a page without the script: every state of the survey fits.
        var before = await CountResponsesAsync();
        var source = $"{_site.WidgetOrigin}/copro/embed/survey/{Survey}?mode=frame&amp;origin={Uri.EscapeDataString(_site.ListedOrigin)}";
        _site.Stylesheets["plain-frame.css"] = """
            .copro-frame { display: block; width: 100%; height: 1500px; border: 0; }
            @media (max-width: 40em) { .copro-frame { height: 2000px; } }
            """;
        var (page, problems) = await _site.Widgets.NewPageAsync(width);
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("plain-frame.html", $"""<iframe class="copro-frame" src="{source}" title="Answer our survey"></iframe>""", stylesheet: "plain-frame.css")}");
        Assert.Equal(height, await page.Locator("iframe").EvaluateAsync<double>("e => e.getBoundingClientRect().height"));
        var frame = page.FrameLocator("iframe");
        var heights = new List<double>();
        async Task MeasureAsync() => heights.Add(await page.Frames.Single(f => f != page.MainFrame).EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height"));

        await frame.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await frame.Locator(".copro-error-summary").WaitForAsync();
        await MeasureAsync();
        await EmbeddedWidget.AnswerSurveyAsync(frame.Locator("body"), MeasureAsync);
        Assert.Equal(before + 1, await CountResponsesAsync());
        Assert.True(heights.Count == 6 && heights.TrueForAll(tall => tall <= height), $"The frame's document is {string.Join(", ", heights)}px tall at {width}px wide.");
        AssertNoProblems(problems);
    }

    [Fact]
    public async Task IframeMode_SignUpCanBeCompleted_AndTheFrameFollowsItsContent()
    {
        var email = $"frame-{Guid.NewGuid():N}@example.org";
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("frame.html", """<div data-copro-widget="get-involved" data-copro-mode="iframe"><a href="#">Get involved with us</a></div>""")}");
        var iframe = page.Locator("iframe");
        Assert.Equal("Get involved with us", await iframe.GetAttributeAsync("title"));
        var frameLocator = page.FrameLocator("iframe");
        await frameLocator.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).WaitForAsync();
        var frame = page.Frames.Single(f => f != page.MainFrame);
        var tall = await WaitForFrameToFitAsync(iframe, frame);
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        await frameLocator.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await frameLocator.Locator(".copro-error-summary").WaitForAsync();
        frame = page.Frames.Single(f => f != page.MainFrame);
        await Wait.UntilAsync(async () => await Keyboard.ActiveElementIdAsync(frame) == "copro-1-errors", "the focus moves to the error summary in the frame");
        var withErrors = await WaitForFrameToFitAsync(iframe, frame);
        Assert.True(withErrors > tall, $"The frame grew for the error summary: {tall}px, then {withErrors}px.");
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        await frameLocator.GetByLabel("Email address").FillAsync(email);
        await frameLocator.GetByLabel("GP access and appointments").CheckAsync();
        await frameLocator.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await frameLocator.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await frameLocator.GetByText("Check your email").WaitForAsync();
        frame = page.Frames.Single(f => f != page.MainFrame);
        await Wait.UntilAsync(async () => await Keyboard.ActiveElementIdAsync(frame) == "copro-1-sent", "the focus moves to the confirmation in the frame");
        var sent = await WaitForFrameToFitAsync(iframe, frame);
        Assert.True(sent < tall, $"The frame shrank for the confirmation: {tall}px, then {sent}px.");
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        Assert.Equal(SignUpStatus.Pending, (await FindSignUpAsync(email))?.Status);
        Assert.Equal($"{_site.ListedOrigin}/frame.html", page.Url);
        AssertNoProblems(problems);
    }

    [Theory]
    [InlineData("80rem", false)]
    [InlineData("1rem", true)]
    public async Task Widget_ArrivesInOneStep_MovingThePageOnlyBeyondTheSpaceReservedForIt(string reserved, bool shifts)
    {
        var name = $"reserved-{reserved}.html";
        _site.Stylesheets[$"reserve-{reserved}.css"] = $"[data-copro-widget] {{ min-height: {reserved}; }}";
        _site.AddPage(name, """
            <div data-copro-widget="principles" data-copro-name="our-principles"><a href="#">Our principles</a></div>
            <p id="after">What the page says after the widget.</p>
            """, stylesheet: $"reserve-{reserved}.css");
        var (page, _) = await _site.Widgets.NewPageAsync();
        await page.AddInitScriptAsync("window.shifts = []; new PerformanceObserver(list => window.shifts.push(...list.getEntries().map(e => e.value))).observe({ type: 'layout-shift', buffered: true });");

        await page.GotoAsync($"{_site.ListedOrigin}/{name}");
        await page.Locator("[data-copro-widget]").GetByRole(AriaRole.Heading, new() { Name = "Our co-production principles" }).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var shifted = await page.EvaluateAsync<double>("() => new Promise(r => requestAnimationFrame(() => setTimeout(() => r(window.shifts.reduce((a, b) => a + b, 0)), 200)))");

        // With room enough reserved, nothing moves; with too little, the page moves once the widget is in place.
        Assert.True(shifts ? shifted > 0 : shifted == 0, $"Cumulative layout shift {shifted} with {reserved} reserved.");
        var widgetBottom = await page.Locator("[data-copro-widget]").EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        Assert.True(await page.Locator("#after").EvaluateAsync<double>("e => e.getBoundingClientRect().top") >= widgetBottom);
    }

    [Fact]
    public async Task HostStyles_DoNotReachTheWidget_AndTheWidgetStylesDoNotReachTheHost()
    {
        var (page, _) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("styles.html", """
            <button type="button" class="copro-button" id="host-button">The host's own button</button>
            <h2 class="copro-survey__title" id="host-heading">The host's own heading</h2>
            <div data-copro-widget="get-involved"><a href="#">Get involved</a></div>
            """)}");
        var button = page.Locator("[data-copro-widget]").GetByRole(AriaRole.Button, new() { Name = "Sign up" });
        await button.WaitForAsync();

        // embed-demo.css gives buttons a cursive font, a purple background and round corners, and headings capitals.
        Assert.DoesNotContain("cursive", await StyleAsync(button, "fontFamily"), StringComparison.Ordinal);
        Assert.NotEqual("rgb(107, 44, 95)", await StyleAsync(button, "backgroundColor"));
        Assert.Equal("0px", await StyleAsync(button, "borderTopLeftRadius"));
        Assert.Equal("none", await StyleAsync(page.Locator("[data-copro-widget]").GetByRole(AriaRole.Heading, new() { Name = "Get involved" }), "textTransform"));
        Assert.DoesNotContain("Georgia", await StyleAsync(page.Locator("[data-copro-widget] .copro-prose p").First, "fontFamily"), StringComparison.Ordinal);

        // The widget's classes on the host's own elements get none of the widget's styles.
        Assert.Equal("rgb(107, 44, 95)", await StyleAsync(page.Locator("#host-button"), "backgroundColor"));
        Assert.Equal("uppercase", await StyleAsync(page.Locator("#host-heading"), "textTransform"));
    }

    [Fact]
    public async Task UnlistedOrigin_GetsNothing_AndCanStoreNothing()
    {
        var before = await CountResponsesAsync();
        var (page, _) = await _site.Widgets.NewPageAsync();
        var name = _site.AddPage("unlisted.html", $"""
            <div data-copro-widget="survey" data-copro-name="{Survey}"><a href="https://example.org/survey" id="fallback">Answer the survey</a></div>
            <div data-copro-widget="principles" data-copro-name="our-principles" data-copro-mode="iframe"><a href="#">Principles</a></div>
            """);
        var asked = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/copro/embed/", StringComparison.Ordinal))
            {
                asked.Add(request.Url);
            }
        };
        await page.GotoAsync($"{_site.UnlistedOrigin}/{name}");
        await Wait.UntilAsync(() => Task.FromResult(asked.Count >= 2), "both widgets were asked for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The server refused both: the script's request (by its Origin header) and the frame (by its origin parameter).
        var refusals = _site.Widgets.Site.Logs.Entries.Where(entry => entry.Message.StartsWith("Refused an embedded widget GET", StringComparison.Ordinal)).Select(entry => entry.Message).ToList();
        Assert.Contains(refusals, message => message.Contains($"from origin '{_site.UnlistedOrigin}' (frame origin '')", StringComparison.Ordinal));
        Assert.Contains(refusals, message => message.Contains($"(frame origin '{_site.UnlistedOrigin}')", StringComparison.Ordinal));
        Assert.True(await page.Locator("#fallback").IsVisibleAsync(), "The snippet's own link stays when the widget is refused.");
        Assert.Equal(0, await page.Locator("[data-copro-widget=survey] .copro-survey").CountAsync());
        Assert.Equal(0, await page.FrameLocator("iframe").Locator(".copro").CountAsync());

        // A page on that origin that posts the form itself is refused before anything is read or stored.
        var status = await page.EvaluateAsync<int>(
            "async url => (await fetch(url, { method: 'POST', body: new URLSearchParams({ action: 'submit' }), credentials: 'omit', mode: 'no-cors' })).status",
            $"{_site.WidgetOrigin}/copro/embed/survey/{Survey}");
        Assert.Equal(0, status);
        Assert.Equal(before, await CountResponsesAsync());
        Assert.Contains(_site.Widgets.Site.Logs.Entries, entry => entry.Message.StartsWith($"Refused an embedded widget POST from origin '{_site.UnlistedOrigin}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameForAListedOrigin_CannotBeFramedByAnotherOrigin()
    {
        var (page, _) = await _site.Widgets.NewPageAsync();
        var framed = new TaskCompletionSource<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/copro/embed/", StringComparison.Ordinal))
            {
                framed.TrySetResult(response);
            }
        };

        // The page claims the listed origin in the address: the server answers, but frame-ancestors names only that origin.
        var source = $"{_site.WidgetOrigin}/copro/embed/principles/our-principles?mode=frame&origin={Uri.EscapeDataString(_site.ListedOrigin)}";
        await page.GotoAsync($"{_site.UnlistedOrigin}/{_site.AddPage("forged.html", $"""<iframe src="{source}" title="Principles"></iframe>""")}");
        var response = await framed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal($"frame-ancestors {_site.ListedOrigin}", (await response.HeaderValueAsync("content-security-policy"))?.Split("; ").Last());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.FrameLocator("iframe").Locator(".copro").CountAsync());
    }

    /// <summary>
    /// Fails on any script error, policy violation or failed request, except a form answered 400 on purpose (its
    /// errors), and the inline styles axe-core's own injected script applies while it checks (reported at no address).
    /// Frames carry no autofocus (Chromium blocks it across origins and logs an error): the script moves the focus.
    /// </summary>
    private static void AssertNoProblems(List<string> problems)
    {
        var real = problems
            .Where(problem => !(problem.StartsWith("400 for fetch ", StringComparison.Ordinal) && problem.Contains("/copro/embed/", StringComparison.Ordinal)))
            .Where(problem => !(problem.StartsWith("Applying inline style violates", StringComparison.Ordinal) && Regex.IsMatch(problem, @"\(at :\d+:\d+\)$")))
            .ToList();
        Assert.True(real.Count == 0, string.Join("\n", real));
    }

    private static Task<string> StyleAsync(ILocator locator, string property) =>
        locator.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    /// <summary>Waits until the iframe is as tall as the document in it, and returns that height.</summary>
    private static async Task<double> WaitForFrameToFitAsync(ILocator iframe, IFrame frame)
    {
        double content = 0, height = 0;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            content = Math.Ceiling(await frame.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height"));
            height = await iframe.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
            if (Math.Abs(height - content) < 1.5)
            {
                return content;
            }
        }

        Assert.Fail($"The iframe is {height}px tall, and the document in it {content}px.");
        return content;
    }

    private Task<int> CountResponsesAsync() => SiteData.CountResponsesAsync(_site.Widgets.Site, Survey);

    private Task<SignUp?> FindSignUpAsync(string email) => SiteData.FindSignUpAsync(_site.Widgets.Site, email);
}
