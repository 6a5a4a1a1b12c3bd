using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.Principles;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Embed;

/// <summary>
/// One widget as the embed snippet names it (<c>data-copro-widget</c>, <c>data-copro-name</c>): the view component
/// that renders it, the same one the tag helpers use, and its arguments.
/// </summary>
/// <param name="Kind">The name in the snippet: principles, get-involved, survey, results or outcomes.</param>
/// <param name="Name">The content name in the snippet, if any.</param>
/// <param name="Component">The view component.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="TakesPosts">Whether the widget has a form that posts (get-involved and survey).</param>
internal sealed record EmbedWidget(string Kind, string? Name, Type Component, object Arguments, bool TakesPosts)
{
    /// <summary>The names a snippet may use, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["principles", "get-involved", "survey", "results", "outcomes"];

    /// <summary>
    /// The title of what the widget shows, for the frame document's title, or null when its content file has no good
    /// version, so there is no widget to show.
    /// </summary>
    public string? TitleOf(IServiceProvider services) => Kind switch
    {
        "principles" => services.GetRequiredService<PrinciplesProvider>().Get(Name!).Value?.Title,
        "get-involved" => services.GetRequiredService<GetInvolvedProvider>().Get().Value?.Title,
        "survey" => services.GetRequiredService<SurveyProvider>().Get(Name!).Value?.Title,
        "results" => services.GetRequiredService<SurveyProvider>().Get(Name!).Value is { } survey ? $"Results: {survey.Title}" : null,
        "outcomes" when Name is not null => services.GetRequiredService<OutcomeProvider>().Get(Name).Value?.Outcome.Title,
        _ => "You said, we did",
    };

    /// <summary>
    /// The widget a snippet asks for, or null when the kind is unknown, a name is missing or not valid, or a name is
    /// given where none is taken. Outcomes with a name is that one outcome.
    /// </summary>
    public static EmbedWidget? Find(string kind, string? name, int? headingLevel)
    {
        var level = headingLevel is { } value ? Math.Clamp(value, 1, 5) : (int?)null;
        if (name is not null && !ContentName.IsValid(name))
        {
            return null;
        }

        return (kind, name) switch
        {
            ("principles", not null) => new(kind, name, typeof(PrinciplesViewComponent), new { name, headingLevel = level }, false),
            ("get-involved", null) => new(kind, name, typeof(GetInvolvedViewComponent), new { headingLevel = level }, true),
            ("survey", not null) => new(kind, name, typeof(SurveyViewComponent), new { name, headingLevel = level }, true),
            ("results", not null) => new(kind, name, typeof(ResultsViewComponent), new { survey = name, headingLevel = level }, false),
            ("outcomes", null) => new(kind, name, typeof(OutcomesViewComponent), new { headingLevel = level, pageSize = (int?)null }, false),
            ("outcomes", not null) => new(kind, name, typeof(OutcomeViewComponent), new { name, headingLevel = level }, false),
            _ => null,
        };
    }
}
