using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The sample survey's routing through the embed on another site, posted in place by copro.js: the carers' questions
/// for a carer, "Change" focusing the question inside the shadow root, and the staff questions before check your
/// answers after a change to staff. axe on every step.
/// </summary>
public sealed class EmbedRoutedSurveyBrowserTests : IClassFixture<EmbedSite>
{
    private const string Survey = "embed-routed-survey";
    private readonly EmbedSite _site;

    public EmbedRoutedSurveyBrowserTests(EmbedSite site)
    {
        _site = site;
        SiteData.WriteUndatedSurvey(site.Widgets.Site, Survey);
    }

    [Fact]
    public async Task ACarerWhoBecomesStaff_IsRoutedInPlace_WithTheFocusOnTheQuestionChanged()
    {
        var before = await SiteData.CountResponsesAsync(_site.Widgets.Site, Survey);
        var (page, problems) = await _site.Widgets.NewPageAsync();
        await page.GotoAsync($"{_site.ListedOrigin}/{_site.AddPage("routed-survey.html", $"""<div data-copro-widget="survey" data-copro-name="{Survey}"><a href="#">Answer the survey</a></div>""")}");
        var widget = page.Locator("[data-copro-widget=survey]");
        await widget.GetByText("Page 1 of 3").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await widget.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await widget.GetByLabel("I care for someone who uses services").CheckAsync();
        await Continue(widget);
        await widget.GetByText("What would help you take part as a carer?").WaitForAsync();
        Assert.Equal(0, await widget.GetByText("Where do you work?").CountAsync());
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("Yes").CheckAsync();
        await Continue(widget);
        await widget.GetByText("Page 3 of 3").WaitForAsync();
        await Continue(widget);
        await widget.GetByText("Check your answers").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByRole(AriaRole.Button, new() { Name = "Change your answer to: Which of these describes you best?" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await widget.GetByText("Page 1 of 3").WaitForAsync();
        await Wait.UntilAsync(async () => await Keyboard.ActiveElementIdAsync(page) == "copro-1-q-respondent", "the question changed takes the focus");
        await Accessibility.AssertNoViolationsAsync(widget);

        await widget.GetByLabel("I work in health or social care").CheckAsync();
        await Continue(widget);
        await widget.GetByText("Where do you work?").WaitForAsync();
        Assert.Equal(0, await widget.GetByText("What would help you take part as a carer?").CountAsync());
        await Accessibility.AssertNoViolationsAsync(widget);
        await widget.GetByLabel("A charity or community group").CheckAsync();
        await Continue(widget);

        await widget.GetByText("Check your answers").WaitForAsync();
        Assert.Equal(0, await widget.GetByText("What would help you take part as a carer?").CountAsync());
        await widget.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await widget.GetByText("Your answers have been sent").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);
        Assert.Equal(before + 1, await SiteData.CountResponsesAsync(_site.Widgets.Site, Survey));
        EmbeddedWidget.AssertNoProblems(problems);
    }

    private static Task Continue(ILocator widget) => widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
