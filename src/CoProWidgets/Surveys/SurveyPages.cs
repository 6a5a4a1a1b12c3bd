using CoProWidgets.Content;
using Markdig.Syntax;

namespace CoProWidgets.Surveys;

/// <summary>
/// Reads what a page of a survey file says of itself: a paragraph of <c>title:</c> and <c>show-if:</c> lines before
/// the page's first question (after its <c>---</c>, or at the top for the first page).
/// </summary>
internal static class SurveyPages
{
    public const int MaxTitleLength = 150;
    private static readonly string[] s_settings = ["title", "show-if"];

    /// <summary>Whether a paragraph is a page's settings: every line a <c>key: value</c> line with a page setting's key.</summary>
    public static bool AreDetails(ContentFile file, ParagraphBlock paragraph) =>
        SettingLines.Are(file, paragraph)
        && SettingLines.Source(file, paragraph).Split('\n').All(line =>
            SettingLines.Pair(line.Trim()) is { } pair && s_settings.Contains(pair.Key, StringComparer.OrdinalIgnoreCase));

    public static SurveyPageDetails ReadDetails(ContentFile file, ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var settings = SettingLines.Read(file, paragraph, paragraph.Line + 1, s_settings, static (key, known) => SurveyErrorText.Of("Page.UnknownSetting", key, known));
        var title = settings.Get("title");
        if (title is not null && title.Length is 0 or > MaxTitleLength)
        {
            throw file.Error(settings.LineOf("title"), SurveyErrorText.Of("Page.Title", MaxTitleLength));
        }

        var showIf = settings.Get("show-if") is { } text ? SurveyCondition.Parse(file, settings.LineOf("show-if"), text) : null;
        return new SurveyPageDetails(title, showIf);
    }
}

/// <summary>What a page says of itself in the survey file: a paragraph of <c>title</c> and <c>show-if</c> lines after its <c>---</c>.</summary>
/// <param name="Title">What the page is about, for its heading and the browser's title; null to use the survey's title alone.</param>
/// <param name="ShowIf">When the page is asked; null for always.</param>
internal sealed record SurveyPageDetails(string? Title, SurveyCondition? ShowIf)
{
    public static SurveyPageDetails None { get; } = new(null, null);
}
