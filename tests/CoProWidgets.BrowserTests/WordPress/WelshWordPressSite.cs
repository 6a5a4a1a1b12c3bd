namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>The throwaway WordPress of <see cref="WordPressSite"/> with its Site Language set to Welsh (<c>cy</c>).</summary>
public sealed class WelshWordPressSite : WordPressSite
{
    protected override string SiteLanguage => "cy";
}
