using CoProWidgets.Rendering;

namespace CoProWidgets.Surveys;

/// <summary>
/// Where one press of a survey's buttons leads, decided from the answers alone so the same rule serves the survey's own
/// page, the tag helper and the embed: pages whose questions are all hidden are passed over both ways, only questions
/// asked are checked, and a change made from check your answers returns there unless it asks something new.
/// </summary>
internal static class SurveyFlow
{
    /// <summary>The start of the action that returns to a page from the saved-answers step: <c>resume-&lt;page from 1&gt;</c>.</summary>
    public const string ResumePrefix = "resume-";

    public static SurveyMove Move(SurveyDefinition survey, SurveyAnswers answers, int page, string action, SurveyChanging? changing)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        var route = survey.Route(answers);
        if (action == "back")
        {
            return new(SurveyStep.Questions, route.Before(page) ?? route.Pages[0], [], changing);
        }

        // "Carry on with the survey" after saving: back to the page reached, as it was left, nothing checked.
        if (action.StartsWith(ResumePrefix, StringComparison.Ordinal) && int.TryParse(action.AsSpan(ResumePrefix.Length), out var resume))
        {
            var reached = Math.Clamp(resume - 1, 0, survey.Pages.Count - 1);
            return new(SurveyStep.Questions, route.IsShown(reached) ? reached : route.Before(reached) ?? route.Pages[0], [], null);
        }

        if (SurveyChangeAction.Parse(action) is { } change)
        {
            // A page or question hidden since the check page was shown has nothing to change.
            var target = Math.Clamp(change.Page, 0, survey.Pages.Count - 1);
            return route.IsShown(target)
                ? new(SurveyStep.Questions, target, [], new SurveyChanging(route.Asked), route.On(target).FirstOrDefault(q => q.Id == change.Question)?.Id)
                : ToCheck(route, answers);
        }

        if (action == "submit")
        {
            // Every page shown, again: the answers of other pages came back from the browser.
            foreach (var shown in route.Pages)
            {
                var problems = answers.Validate(route.On(shown));
                if (problems.Count > 0)
                {
                    return new(SurveyStep.Questions, shown, problems, null);
                }
            }

            return new(SurveyStep.Thanks, 0, [], null);
        }

        if (!route.IsShown(page))
        {
            return route.After(page) is { } later ? new(SurveyStep.Questions, later, [], changing) : ToCheck(route, answers);
        }

        var errors = answers.Validate(route.On(page));
        if (errors.Count > 0)
        {
            return new(SurveyStep.Questions, page, errors, changing);
        }

        if (changing is null)
        {
            return route.After(page) is { } next ? new(SurveyStep.Questions, next, [], null) : ToCheck(route, answers);
        }

        // Through every page that now asks what was not asked when the change began, then back to check.
        var fresh = route.Pages.Where(shown => shown > page).Cast<int?>()
            .FirstOrDefault(shown => route.On(shown!.Value).Any(question => !changing.AskedBefore.Contains(question.Id)));
        return fresh is { } newPage ? new(SurveyStep.Questions, newPage, [], changing) : ToCheck(route, answers);
    }

    /// <summary>Check your answers, unless a question asked still needs its answer (only a changed form gets here so).</summary>
    private static SurveyMove ToCheck(SurveyRoute route, SurveyAnswers answers) =>
        route.FirstUnanswered() is { } missing
            ? new(SurveyStep.Questions, missing, answers.Validate(route.On(missing)), null)
            : new(SurveyStep.Check, route.Pages[^1], [], null);
}

/// <summary>The step a press leads to: a page (with any problems), check your answers, or thanks (store the answers).</summary>
/// <param name="Step">Questions, Check or Thanks.</param>
/// <param name="Page">The 0-based page of the survey file shown.</param>
/// <param name="Errors">The problems with the answers on that page.</param>
/// <param name="Changing">Set while a change begun on check your answers is under way.</param>
/// <param name="Focus">The id of the question to focus, when "Change" opened it.</param>
internal sealed record SurveyMove(SurveyStep Step, int Page, IReadOnlyList<FormError> Errors, SurveyChanging? Changing, string? Focus = null);

/// <summary>
/// A change begun on check your answers, carried in the form (<c>changing</c>): the questions asked then, so the pages
/// that ask something new are shown before check your answers again. It only steers pages; nothing stored depends on it.
/// </summary>
internal sealed record SurveyChanging(IReadOnlySet<string> AskedBefore)
{
    public const string Field = "changing";

    public string Value => string.Join(' ', AskedBefore.Order(StringComparer.Ordinal));

    public static SurveyChanging? Read(string? value, SurveyDefinition survey) =>
        value is null ? null : new(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(id => survey.Questions.Any(question => question.Id == id)).ToHashSet(StringComparer.Ordinal));
}

/// <summary>The value of a "Change" button: <c>change-&lt;page&gt;</c> or <c>change-&lt;page&gt;-&lt;question id&gt;</c>, page from 1.</summary>
internal sealed record SurveyChangeAction(int Page, string? Question)
{
    private const string Prefix = "change-";

    public static string Of(SurveyQuestion question) => $"{Prefix}{question.Page + 1}-{question.Id}";

    public static SurveyChangeAction? Parse(string action)
    {
        if (!action.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = action[Prefix.Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        var number = dash < 0 ? rest : rest[..dash];
        return int.TryParse(number, out var page) ? new(page - 1, dash < 0 ? null : rest[(dash + 1)..]) : null;
    }
}
