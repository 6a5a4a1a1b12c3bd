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

    public static async Task AssertNoViolationsAsync(IPage page, string? selector = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var results = selector is null
            ? await page.RunAxe(s_wcag22AA)
            : await page.Locator(selector).First.RunAxe(s_wcag22AA);

        Assert.NotEmpty(results.Passes);
        var report = string.Join(
            Environment.NewLine,
            results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));
        Assert.True(results.Violations.Length == 0, $"axe-core found WCAG 2.2 AA violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
