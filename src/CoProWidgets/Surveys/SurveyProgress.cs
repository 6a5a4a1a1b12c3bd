using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Surveys;

/// <summary>
/// A step after a post (the next page, a page with problems, check your answers), handed from the endpoint to the
/// widget it shows, for this request only.
/// </summary>
internal sealed record SurveyProgress(string Survey, SurveyAnswers Answers, SurveyStep Step, int Page, IReadOnlyList<FormError> Errors, string ReturnUrl, string Key)
{
    private static readonly object s_key = new();

    /// <summary>A change begun on check your answers and still under way, or null.</summary>
    public SurveyChanging? Changing { get; init; }

    /// <summary>The id of the question "Change" opened, to take the focus; or null.</summary>
    public string? Focus { get; init; }

    public static SurveyProgress? Of(HttpContext context, string survey) =>
        context.Items.TryGetValue(s_key, out var value) && value is SurveyProgress progress && progress.Survey == survey ? progress : null;

    public void AttachTo(HttpContext context) => context.Items[s_key] = this;
}
