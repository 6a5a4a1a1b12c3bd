using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The widgets in frames: the plain iframe with fixed heights, the script's iframe mode that follows its content, and
/// a frame that only the listed origin may show.
/// </summary>
public sealed class EmbedFrameBrowserTests : IClassFixture<EmbedSite>
{
    private const string Survey = "embed-survey";
    private readonly EmbedSite _site;

    public EmbedFrameBrowserTests(EmbedSite site)
    {
        _site = site;

        SiteData.WriteUndatedSurvey(site.Widgets.Site, Survey);
    }

    [Theory]
    [InlineData(1280, 1500)]
    [InlineData(375, 2200)]
    public async Task PlainIframe_WithTheReadmesFixedHeights_FitsEveryStateOfTheSurvey(int width, int height)
    {
        // The README's plain iframe and stylesheet, for a page without the script: every state of the survey fits.
        var before = await CountResponsesAsync();
        var source = $"{_site.WidgetOrigin}/copro/embed/survey/{Survey}?mode=frame&amp;origin={Uri.EscapeDataString(_site.ListedOrigin)}";
        _site.Stylesheets["plain-frame.css"] = """
            .copro-frame { display: block; width: 100%; height: 1500px; border: 0; }
            @media (max-width: 40em) { .copro-frame { height: 2200px; } }
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
        EmbeddedWidget.AssertNoProblems(problems);
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
        var tall = await EmbeddedWidget.WaitForFrameToFitAsync(iframe, frame);
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        await frameLocator.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await frameLocator.Locator(".copro-error-summary").WaitForAsync();
        frame = page.Frames.Single(f => f != page.MainFrame);
        await Wait.UntilAsync(async () => await Keyboard.ActiveElementIdAsync(frame) == "copro-1-errors", "the focus moves to the error summary in the frame");
        var withErrors = await EmbeddedWidget.WaitForFrameToFitAsync(iframe, frame);
        Assert.True(withErrors > tall, $"The frame grew for the error summary: {tall}px, then {withErrors}px.");
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        await frameLocator.GetByLabel("Email address").FillAsync(email);
        await frameLocator.GetByLabel("GP access and appointments").CheckAsync();
        await frameLocator.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await frameLocator.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await frameLocator.GetByText("Check your email").WaitForAsync();
        frame = page.Frames.Single(f => f != page.MainFrame);
        await Wait.UntilAsync(async () => await Keyboard.ActiveElementIdAsync(frame) == "copro-1-sent", "the focus moves to the confirmation in the frame");
        var sent = await EmbeddedWidget.WaitForFrameToFitAsync(iframe, frame);
        Assert.True(sent < tall, $"The frame shrank for the confirmation: {tall}px, then {sent}px.");
        await Accessibility.AssertNoViolationsAsync(frameLocator.Locator("body"));

        Assert.Equal(SignUpStatus.Pending, (await FindSignUpAsync(email))?.Status);
        Assert.Equal($"{_site.ListedOrigin}/frame.html", page.Url);
        EmbeddedWidget.AssertNoProblems(problems);
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

    private Task<int> CountResponsesAsync() => SiteData.CountResponsesAsync(_site.Widgets.Site, Survey);

    private Task<SignUp?> FindSignUpAsync(string email) => SiteData.FindSignUpAsync(_site.Widgets.Site, email);
}
