using System.Net;
using CoProWidgets.Accessibility;
using CoProWidgets.Testing;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.Accessibility;

/// <summary>
/// The accessibility statement: off unless the host turns it on; then a valid page from the settings and from
/// AccessibilityTesting (what the tests prove), linked from the foot of every widget.
/// </summary>
public sealed class AccessibilityStatementTests : IDisposable
{
    private static readonly string[] s_widgetPages = ["/Working-Together", "/Have-Your-Say", "/Get-Involved", "/You-Said-We-Did"];
    private readonly SampleSiteFactory _site = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("copro-statement-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Statement_WhenOn_ShowsTheSettingsAndWhatTheTestsProve()
    {
        TurnOn();
        using var client = _site.CreateClient();

        var page = await client.GetDocumentAsync("/copro/accessibility");

        Assert.Equal("Accessibility statement", page.QuerySelector("h1")?.TextContent);
        var text = page.QuerySelector(".copro-statement")!.TextContent;
        Assert.Contains("run by Healthwatch Riverside", text, StringComparison.Ordinal);
        Assert.Equal("mailto:access@riverside.example", page.QuerySelector(".copro-statement__contact a")?.GetAttribute("href"));
        Assert.Contains("0300 123 4567", text, StringComparison.Ordinal);
        Assert.Contains("prepared on 1 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("last reviewed on 5 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("(WCAG 2.2 AA)", text, StringComparison.Ordinal);
        Assert.Contains("Equality and Human Rights Commission", text, StringComparison.Ordinal);
        Assert.Equal(
            AccessibilityTesting.Tools.Select(tool => tool.Version is null ? tool.Name : $"{tool.Name} {tool.Version}"),
            page.QuerySelectorAll(".copro-statement__tools dt").Select(term => term.TextContent));
        Assert.Equal(AccessibilityTesting.States.Count, page.QuerySelectorAll(".copro-statement__states li").Length);
        Assert.Equal(AccessibilityTesting.Limits.Count, page.QuerySelectorAll(".copro-statement__limits li").Length);
    }

    [Fact]
    public async Task Statement_WithItsOwnEnforcementText_ShowsItInstead()
    {
        TurnOn();
        _site.Settings["CoProWidgets:AccessibilityStatement:Enforcement"] = "The Equality Commission for Northern Ireland (ECNI) enforces the regulations in Northern Ireland.";
        using var client = _site.CreateClient();

        var text = (await client.GetDocumentAsync("/copro/accessibility")).QuerySelector(".copro-statement")!.TextContent;

        Assert.Contains("Equality Commission for Northern Ireland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Equality and Human Rights Commission", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryWidget_WhenOn_LinksToTheStatementAtItsFoot()
    {
        TurnOn();
        using var client = _site.CreateClient();

        foreach (var path in s_widgetPages)
        {
            var page = await client.GetDocumentAsync(path);
            var widgets = page.QuerySelectorAll("[lang].copro:not(.copro-page)");
            Assert.NotEmpty(widgets);
            Assert.All(widgets, widget => Assert.Equal("/copro/accessibility", widget.QuerySelector(":scope > .copro-statement-link a")?.GetAttribute("href")));
        }
    }

    [Fact]
    public async Task Statement_WhenOff_IsNeitherPublishedNorLinked()
    {
        using var client = _site.CreateClient();

        using var response = await client.GetAsync(new Uri("/copro/accessibility", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        foreach (var path in s_widgetPages)
        {
            var page = await client.GetDocumentAsync(path);
            Assert.NotEmpty(page.QuerySelectorAll(".copro"));
            Assert.Empty(page.QuerySelectorAll(".copro-statement-link"));
        }
    }

    [Fact]
    public void Statement_TurnedOnWithoutItsSettings_StopsTheSiteSayingWhatToSet()
    {
        _site.Settings["CoProWidgets:AccessibilityStatement:Enabled"] = "true";

        var error = Assert.Throws<OptionsValidationException>(() => _site.CreateClient());

        Assert.Contains("AccessibilityStatement:OrganisationName is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("AccessibilityStatement:Email and CoProWidgets:AccessibilityStatement:Phone are both empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("AccessibilityStatement:Prepared is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_ReviewedBeforeItWasPrepared_StopsTheSite()
    {
        TurnOn();
        _site.Settings["CoProWidgets:AccessibilityStatement:Reviewed"] = "2026-11-30";

        var error = Assert.Throws<OptionsValidationException>(() => _site.CreateClient());

        Assert.Contains("AccessibilityStatement:Reviewed is 2026-11-30, before", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementAndALinkingWidget_AreValidHtml()
    {
        TurnOn();
        using var client = _site.CreateClient();

        foreach (var (name, path) in ((string, string)[])[("statement", "/copro/accessibility"), ("principles", "/Working-Together"), ("survey", "/Have-Your-Say")])
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await File.WriteAllTextAsync(Path.Combine(_folder, name + ".html"), await response.Content.ReadAsStringAsync());
        }

        var errors = await NuHtmlChecker.CheckAsync(_folder);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private void TurnOn()
    {
        _site.Settings["CoProWidgets:AccessibilityStatement:Enabled"] = "true";
        _site.Settings["CoProWidgets:AccessibilityStatement:OrganisationName"] = "Healthwatch Riverside";
        _site.Settings["CoProWidgets:AccessibilityStatement:Email"] = "access@riverside.example";
        _site.Settings["CoProWidgets:AccessibilityStatement:Phone"] = "0300 123 4567";
        _site.Settings["CoProWidgets:AccessibilityStatement:Prepared"] = "2026-12-01";
        _site.Settings["CoProWidgets:AccessibilityStatement:Reviewed"] = "2026-12-05";
    }
}
