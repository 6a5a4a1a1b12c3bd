using CoProWidgets.Content;
using CoProWidgets.Embed;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey on a page of its own, and its plain POST, which moves between pages, shows the answers to check, and
/// stores the response. Every step is rendered by the same widget view the tag helper uses.
/// </summary>
internal static class SurveyEndpoints
{
    private const string SurveyView = "~/Views/CoProWidgets/Surveys/Survey.cshtml";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/surveys/{name}", ShowAsync).WithName("CoProWidgets.Survey");
        group.MapPost("/surveys/{name}", PostAsync).DisableAntiforgery();
    }

    private static Task<IResult> ShowAsync(string name, HttpContext context, SurveyProvider surveys, LibraryPageRenderer pages)
    {
        if (!ContentName.IsValid(name))
        {
            return pages.NotFoundAsync(context);
        }

        var survey = surveys.Get(name).Value;
        return pages.RenderAsync(context, SurveyView, new SurveyPage(name), survey?.Title ?? "Survey", survey is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    /// <summary>
    /// One step. <c>action</c> says which: <c>next</c> checks this page's answers and moves on (to check your answers
    /// after the last page), <c>back</c> goes back a page without checking, <c>change-N</c> returns to page N from
    /// check your answers, and <c>submit</c> checks every answer and stores the response once.
    /// </summary>
    /// <remarks>Posted from another site (the embed endpoint), each answer is the widget itself, in the same steps.</remarks>
    internal static async Task<IResult> PostAsync(string name, HttpContext context, SurveyProvider surveys, SurveyService service, LibraryPageRenderer pages, FormRateLimit limits)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return Results.NotFound();
        }

        if (await BoundedForm.ReadAsync(context, 64 * 1024 + survey.Questions.Sum(q => q.Type == SurveyQuestionType.Text ? q.MaxLength * 4 : 0)) is not { } form)
        {
            return Results.Text("The form could not be read: send it from the survey's page.", statusCode: StatusCodes.Status400BadRequest);
        }

        var request = context.Request;
        var returnUrl = FormRedirect.LocalUrl(BoundedForm.Value(form, "return")) ?? $"{request.PathBase}{request.Path}";
        var key = BoundedForm.Value(form, "key") is { } posted && SurveyService.IsKey(posted) ? posted : SurveyService.NewKey();
        var answers = SurveyAnswers.Read(form, survey);
        var page = int.TryParse(BoundedForm.Value(form, "page"), out var number) ? Math.Clamp(number - 1, 0, survey.Pages.Count - 1) : 0;
        var action = BoundedForm.Value(form, "action") ?? "next";

        Task<IResult> Show(SurveyStep step, int shownPage, IReadOnlyList<FormError> errors, int status)
        {
            new SurveyProgress(name, answers, step, shownPage, errors, returnUrl, key).AttachTo(context);
            var title = errors.Count > 0 ? $"Error: {survey.Title}" : survey.Title;
            return EmbedContext.Of(context) is null
                ? pages.RenderAsync(context, SurveyView, new SurveyPage(name), title, status)
                : EmbedEndpoints.ShowAsync(context, status);
        }

        if (service.StatusOf(survey) != SurveyStatus.Open)
        {
            return await Show(SurveyStep.Questions, page, [], StatusCodes.Status400BadRequest);
        }

        // Storing has a budget of its own; moving between pages stores nothing and spends a larger one. Over either,
        // the same step is shown again, with every answer, and when to try again.
        if (limits.TryAcquire(context, action == "submit" ? FormBudget.SurveyResponses : FormBudget.SurveyPages) is { } wait)
        {
            var step = action == "submit" ? SurveyStep.Check : SurveyStep.Questions;
            return await Show(step, page, [FormRateLimit.Error(wait)], StatusCodes.Status429TooManyRequests);
        }

        if (!await FormGuard.IsValidAsync(context, form))
        {
            return await Show(SurveyStep.Questions, page, [new FormError(string.Empty, "This page was open for too long, or your browser blocked a cookie it needs. Check your answers and continue again.")], StatusCodes.Status400BadRequest);
        }

        if (action == "back")
        {
            return await Show(SurveyStep.Questions, Math.Max(page - 1, 0), [], StatusCodes.Status200OK);
        }

        if (action.StartsWith("change-", StringComparison.Ordinal) && int.TryParse(action.AsSpan(7), out var change))
        {
            return await Show(SurveyStep.Questions, Math.Clamp(change - 1, 0, survey.Pages.Count - 1), [], StatusCodes.Status200OK);
        }

        if (action == "submit")
        {
            // Every page again: the hidden answers came from the browser and may have been changed.
            for (var i = 0; i < survey.Pages.Count; i++)
            {
                var problems = answers.Validate(survey.Pages[i]);
                if (problems.Count > 0)
                {
                    return await Show(SurveyStep.Questions, i, problems, StatusCodes.Status400BadRequest);
                }
            }

            await service.SubmitAsync(survey, key, answers, context.RequestAborted);
            if (EmbedContext.Of(context) is { Mode: EmbedMode.Script })
            {
                return await Show(SurveyStep.Thanks, 0, [], StatusCodes.Status200OK);
            }

            return FormRedirect.BackToPage(context, form, returnUrl, SurveyViewComponent.ThanksParameter, name, "thanks");
        }

        var errors = answers.Validate(survey.Pages[page]);
        if (errors.Count > 0)
        {
            return await Show(SurveyStep.Questions, page, errors, StatusCodes.Status400BadRequest);
        }

        return page + 1 < survey.Pages.Count
            ? await Show(SurveyStep.Questions, page + 1, [], StatusCodes.Status200OK)
            : await Show(SurveyStep.Check, page, [], StatusCodes.Status200OK);
    }
}

/// <summary>What the survey's own page (<c>Views/CoProWidgets/Surveys/Survey.cshtml</c>) shows: the survey by name.</summary>
/// <param name="Name">The survey file's name, without <c>.md</c>.</param>
public sealed record SurveyPage(string Name);
