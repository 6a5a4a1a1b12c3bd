namespace CoProWidgets.Accessibility;

/// <summary>A tool the tests check every page with, named as the statement names it.</summary>
/// <param name="Name">Its name, such as <c>axe-core</c>: a product name, the same in every language.</param>
/// <param name="Version">The version the tests run, or null where the statement gives none.</param>
/// <param name="Purpose">The resource key of what it checks.</param>
internal sealed record AccessibilityTool(string Name, string? Version, string Purpose);

/// <summary>
/// What the tests prove, in one place: the statement shows it, and the tests read it, so the statement can never claim
/// a standard, a state or a tool the tests do not use (the browser tests fail when axe-core's version or the browser
/// differ, the integration tests when the Nu Html Checker is not the one that checked the page).
/// </summary>
internal static class AccessibilityTesting
{
    /// <summary>The standard the pages are tested against.</summary>
    public const string Standard = "WCAG 2.2 AA";

    /// <summary>The browser the pages are rendered in, driven by Playwright.</summary>
    public static readonly AccessibilityTool Browser = new("Chromium", null, "Tools.Browser");

    /// <summary>The accessibility engine run on every state of every widget, with the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
    public static readonly AccessibilityTool AxeCore = new("axe-core", "4.14.0", "Tools.Axe");

    /// <summary>The HTML validator the pages are checked with.</summary>
    public static readonly AccessibilityTool HtmlChecker = new("Nu Html Checker", null, "Tools.HtmlChecker");

    /// <summary>Every tool, in the order the statement lists them.</summary>
    public static IReadOnlyList<AccessibilityTool> Tools { get; } = [Browser, AxeCore, HtmlChecker];

    /// <summary>The resource keys of the states each page is tested in, with JavaScript on and off.</summary>
    public static IReadOnlyList<string> States { get; } = ["States.Empty", "States.Errors", "States.Success", "States.RightToLeft"];

    /// <summary>The resource keys of what is known not to meet the standard or not to have been tested.</summary>
    public static IReadOnlyList<string> Limits { get; } =
    [
        "Limits.Automated",
        "Limits.ScreenReaders",
        "Limits.Content",
        "Limits.Translations",
        "Limits.Emails",
        "Limits.Embedding",
    ];
}
