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
        var contentHeight = await EmbeddedWidget.WaitForFrameToFitAsync(iframe, page.Frames.Single(frame => frame != page.MainFrame));
        Assert.True(contentHeight > 300, $"The frame's content is {contentHeight}px tall.");

        // The fallback links are gone: the widgets replaced them.
        Assert.False(await principles.GetByRole(AriaRole.Link, new() { Name = "Read how Healthwatch Riverside works with people" }).IsVisibleAsync());

        foreach (var widget in await page.Locator("[data-copro-widget]:not([data-copro-mode])").AllAsync())
        {
            await Accessibility.AssertNoViolationsAsync(widget);
        }

        await Accessibility.AssertNoViolationsAsync(page.FrameLocator("[data-copro-mode=iframe] iframe").Locator("body"));
        EmbeddedWidget.AssertNoProblems(problems);
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
        EmbeddedWidget.AssertNoProblems(problems);
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
        EmbeddedWidget.AssertNoProblems(problems);
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

    private static Task<string> StyleAsync(ILocator locator, string property) =>
        locator.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    private Task<int> CountResponsesAsync() => SiteData.CountResponsesAsync(_site.Widgets.Site, Survey);

    private Task<SignUp?> FindSignUpAsync(string email) => SiteData.FindSignUpAsync(_site.Widgets.Site, email);
}
