using System.Text.RegularExpressions;
using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>A visitor completing a widget shown on another site (by the snippet, a link or a WordPress plugin), by keyboard and pointer as a person would.</summary>
internal static class EmbeddedWidget
{
    /// <summary>
    /// Answers the sample survey (written by <see cref="SiteData.WriteUndatedSurvey"/>) to its thank-you message,
    /// checking axe on "Check your answers" and the thank-you, and calling <paramref name="eachState"/> on every page reached.
    /// </summary>
    public static async Task AnswerSurveyAsync(ILocator widget, Func<Task>? eachState = null)
    {
        ArgumentNullException.ThrowIfNull(widget);
        eachState ??= () => Task.CompletedTask;
        await eachState();
        await widget.GetByRole(AriaRole.Group, new() { Name = "I feel I have a say in how my care or support is planned" }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await widget.GetByRole(AriaRole.Group, new() { Name = "People who use services should share decisions equally with staff" }).GetByLabel("Strongly agree").CheckAsync();
        await widget.GetByLabel("I care for someone who uses services").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Page 2 of 3").WaitForAsync();
        await eachState();
        await widget.GetByRole(AriaRole.Group, new() { Name = "Have you taken part in co-production before?" }).GetByLabel("No").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Page 3 of 3").WaitForAsync();
        await eachState();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await widget.GetByText("Check your answers").WaitForAsync();
        await eachState();
        await Accessibility.AssertNoViolationsAsync(widget);
        await widget.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await widget.GetByText("Your answers have been sent").WaitForAsync();
        await eachState();
        await Accessibility.AssertNoViolationsAsync(widget);
    }

    /// <summary>Signs up with <paramref name="email"/> for GP access news, first sending the empty form for its error summary.</summary>
    public static async Task SignUpAsync(ILocator widget, string email)
    {
        ArgumentNullException.ThrowIfNull(widget);
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await widget.Locator(".copro-error-summary").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);
        await widget.GetByLabel("Email address").FillAsync(email);
        await widget.GetByLabel("GP access and appointments").CheckAsync();
        await widget.GetByLabel("I agree to you keeping my details for this").CheckAsync();
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await widget.GetByText("Check your email").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(widget);
    }

    /// <summary>Waits until the confirmation email to <paramref name="email"/> is written to the site's mail folder.</summary>
    public static Task WaitForConfirmationEmailAsync(SampleSiteFactory site, string email)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Wait.UntilAsync(() => Task.FromResult(Directory.Exists(site.MailPath) && Directory.EnumerateFiles(site.MailPath).Any(file => File.ReadAllText(file).Contains(email, StringComparison.Ordinal))), "the confirmation email is written");
    }

    /// <summary>
    /// Fails on any script error, policy violation or failed request, except a form answered 400 on purpose (its
    /// errors), and the inline styles axe-core's own injected script applies while it checks (reported at no address).
    /// Frames carry no autofocus (Chromium blocks it across origins and logs an error): the script moves the focus.
    /// </summary>
    public static void AssertNoProblems(List<string> problems)
    {
        var real = problems
            .Where(problem => !(problem.StartsWith("400 for fetch ", StringComparison.Ordinal) && problem.Contains("/copro/embed/", StringComparison.Ordinal)))
            .Where(problem => !(problem.StartsWith("Applying inline style violates", StringComparison.Ordinal) && Regex.IsMatch(problem, @"\(at :\d+:\d+\)$")))
            .ToList();
        Assert.True(real.Count == 0, string.Join("\n", real));
    }

    /// <summary>Waits until the iframe is as tall as the document in it, and returns that height.</summary>
    public static async Task<double> WaitForFrameToFitAsync(ILocator iframe, IFrame frame)
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
}
