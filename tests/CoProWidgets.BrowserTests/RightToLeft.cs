using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// Where things stand in a right-to-left page, measured in the browser rather than read from the words (which are
/// English until a language's translations exist), and the pictures of it: always in TestResults/rtl, and in
/// docs/images/rtl when COPRO_RTL_DOCS_IMAGES is 1 (see docs/hosting-and-options.md).
/// </summary>
internal static class RightToLeft
{
    /// <summary>The languages the test site shows, chosen by the browser's Accept-Language as the sample's would be.</summary>
    public static void UseRequestCultures(SampleSiteFactory site) =>
        site.ConfigureServices = services => services.AddTransient<IStartupFilter, RequestCultures>();

    /// <summary>Fails unless the widget says it is right to left.</summary>
    public static async Task AssertRightToLeftAsync(ILocator widget) =>
        Assert.Equal("rtl", await widget.EvaluateAsync<string>("e => e.getAttribute('dir') + (getComputedStyle(e).direction === 'rtl' ? '' : ' but laid out ' + getComputedStyle(e).direction)"));

    /// <summary>Each radio button or checkbox sits to the right of its label, at the start of the line.</summary>
    public static async Task AssertControlsBeforeLabelsAsync(ILocator scope)
    {
        var rows = await scope.Locator(".copro-checkbox").AllAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var control = await BoxAsync(row.Locator("input"));
            var label = await BoxAsync(row.Locator("label"));
            Assert.True(control.X >= label.X + label.Width - 1, $"A control at {control.X} starts left of its label's end ({label.X + label.Width}).");
        }
    }

    /// <summary>Each field in error has its red bar on its right, the start side, and none on its left.</summary>
    public static async Task AssertErrorBarsOnTheRightAsync(ILocator scope)
    {
        var fields = await scope.Locator(".copro-field--error").AllAsync();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            var (right, left) = (await StyleAsync(field, "borderRightWidth"), await StyleAsync(field, "borderLeftWidth"));
            Assert.True(right == "5px" && left == "0px", $"A field in error has a {left} bar on the left and {right} on the right.");
        }
    }

    /// <summary>On the check-answers list each Change button is to the left of its question.</summary>
    public static async Task AssertChangeLinksOnTheLeftAsync(ILocator scope)
    {
        var rows = await scope.Locator(".copro-summary__row").AllAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var change = await BoxAsync(row.Locator(".copro-summary__change button"));
            var question = await BoxAsync(row.Locator(".copro-summary__question"));
            Assert.True(change.X + change.Width <= question.X + 1, $"A Change button ends at {change.X + change.Width}, right of its question's start ({question.X}).");
        }
    }

    /// <summary>Each bar of each chart grows from the chart's right edge.</summary>
    public static async Task AssertBarsStartOnTheRightAsync(ILocator scope)
    {
        // Charts inside a closed "by group" disclosure are not drawn, so they have no edges to measure.
        var charts = await scope.Locator("svg.copro-chart:visible").AllAsync();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            // The client rectangle, not Playwright's box: a mirrored element's box has a negative width.
            var right = await RightEdgeAsync(chart);
            foreach (var bar in await chart.Locator("rect").AllAsync())
            {
                var end = await RightEdgeAsync(bar);
                Assert.True(Math.Abs(end - right) < 2, $"A bar ends at {end}, not at the chart's right edge ({right}).");
            }
        }
    }

    /// <summary>The text of the first matching element ends at its right edge (start aligned, right to left).</summary>
    public static async Task AssertTextStartsOnTheRightAsync(ILocator element)
    {
        var gap = await element.EvaluateAsync<double>("e => { const r = document.createRange(); r.selectNodeContents(e); return e.getBoundingClientRect().right - r.getBoundingClientRect().right; }");
        Assert.True(gap < 2, $"The text stops {gap} pixels short of its box's right edge.");
    }

    /// <summary>A picture of the widget in TestResults/rtl, and in docs/images/rtl when asked for.</summary>
    public static async Task PhotographAsync(ILocator widget, string name)
    {
        var results = Path.Combine(Repository.Root, "tests", "CoProWidgets.BrowserTests", "TestResults", "rtl");
        Directory.CreateDirectory(results);
        var options = new LocatorScreenshotOptions { Path = Path.Combine(results, name + ".png"), Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide, Scale = ScreenshotScale.Css };
        await widget.ScreenshotAsync(options);
        Assert.True(File.Exists(options.Path), $"No picture was written for {name}.");
        if (Environment.GetEnvironmentVariable("COPRO_RTL_DOCS_IMAGES") == "1")
        {
            var docs = Path.Combine(Repository.Root, "docs", "images", "rtl");
            Directory.CreateDirectory(docs);
            File.Copy(options.Path, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator element) =>
        await element.First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{element} is not shown.");

    private static Task<double> RightEdgeAsync(ILocator element) =>
        element.EvaluateAsync<double>("e => e.getBoundingClientRect().right");

    private static Task<string> StyleAsync(ILocator element, string property) =>
        element.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    /// <summary>Request localisation for the test site, ahead of the sample's own pipeline.</summary>
    private sealed class RequestCultures : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] cultures = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
            next(app);
        };
    }
}
