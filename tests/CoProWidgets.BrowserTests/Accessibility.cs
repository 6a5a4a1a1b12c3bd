using System.Runtime.CompilerServices;
using CoProWidgets.Accessibility;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and fails with every violation spelled out.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions s_wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    private static readonly ConditionalWeakTable<IPage, IPage> s_withoutJavaScript = [];

    /// <summary>
    /// Checks a page. axe-core is a script, and never finishes in a page with JavaScript turned off, so such a page is
    /// checked as a copy: the same HTML, served at the same address with the same stylesheets, in a page that runs
    /// scripts. Without JavaScript the document is exactly the HTML the server sent, so the copy is faithful.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, string? selector = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (s_withoutJavaScript.TryGetValue(page, out _))
        {
            var html = await page.ContentAsync();
            var url = page.Url.Split('#')[0];
            var copy = await page.Context.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null });
            try
            {
                await copy.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
                await copy.GotoAsync(url);
                await AssertNoViolationsAsync(copy, selector);
            }
            finally
            {
                await copy.CloseAsync();
            }

            return;
        }

        var results = selector is null
            ? await page.RunAxe(s_wcag22AA)
            : await page.Locator(selector).First.RunAxe(s_wcag22AA);
        Report(results, page.Url);
    }

    /// <summary>Checks one part of a page, such as an embedded widget (its shadow root included) or a frame's body.</summary>
    public static async Task AssertNoViolationsAsync(ILocator part)
    {
        ArgumentNullException.ThrowIfNull(part);
        Report(await part.RunAxe(s_wcag22AA), part.ToString() ?? "a part of the page");
    }

    private static void Report(AxeResult results, string where)
    {
        Assert.NotEmpty(results.Passes);

        // The accessibility statement names the engine and its version: it must be the one that ran.
        Assert.Equal(AccessibilityTesting.AxeCore.Name, results.TestEngine.Name);
        Assert.Equal(AccessibilityTesting.AxeCore.Version, results.TestEngine.Version);
        var report = string.Join(
            Environment.NewLine,
            results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));
        Assert.True(results.Violations.Length == 0, $"axe-core found WCAG 2.2 AA violations on {where}:{Environment.NewLine}{report}");
    }

    /// <summary>Notes a page opened with JavaScript turned off.</summary>
    public static void WithoutJavaScript(IPage page) => s_withoutJavaScript.AddOrUpdate(page, page);
}
