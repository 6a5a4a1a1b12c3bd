using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey (<c>surveys/&lt;name&gt;.md</c>) on a page of its own, embedded, and its form, which moves between pages,
/// shows the answers to check, and stores the response. Every step is rendered by the same widget view the tag helper uses.
/// </summary>
internal sealed class SurveyWidget(SurveyProvider surveys, SurveyService service, FormRateLimit limits, SurveySaving saving) : IWidget, IWidgetForm
{
    public const string Route = "CoProWidgets.Survey";
    private const string SurveyView = "~/Views/CoProWidgets/Surveys/Survey.cshtml";

    public string Kind => "survey";

    public string Label => SurveyWords.Get("Widget.Label");

    public string LinkText => SurveyWords.Get("Widget.LinkText");

    public WidgetAddress Address { get; } = WidgetAddress.Named(Route);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(SurveyTagHelper)];

    // Made on each use, so its label is in the language of the page that shows it.
    public WidgetFiles Files => new(
        SurveyWords.Get("Widget.Files"),
        surveys.Names,
        name => SurveyProvider.PathOf(name!),
        name => ContentState.Of(surveys.Get(name!)));

    public IWidgetForm? Form => this;

    string IWidgetForm.PageView => SurveyView;

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SurveyProvider>();
        services.TryAddSingleton<AnswerScreener>();
        services.TryAddSingleton<SurveyService>();
        SurveySaving.AddServices(services);
        services.TryAddSingleton<KioskLinks>();
    }

    public WidgetCall? Call(string? name, int? headingLevel) =>
        name is null ? null : new(this, name, typeof(SurveyViewComponent), new SurveyArguments(name, headingLevel));

    public string? Title(string? name) => name is null ? null : surveys.Get(name).Value?.Title;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/surveys/{name}", ShowAsync).WithName(Route);
        group.MapPost("/surveys/{name}", (string name, HttpContext context) => OwnPagePresenter.PostAsync(context, this, name)).DisableAntiforgery();
        SurveySaving.Map(group, this);
        KioskEndpoints.Map(group, this);
    }

    /// <summary>The survey's own page; its first page is named as every later one is ("Page 1 of 3: About you - ...").</summary>
    private Task<IResult> ShowAsync(string name, HttpContext context)
    {
        if (ContentName.IsValid(name) && surveys.Get(name).Value is { } survey && service.StatusOf(survey) == SurveyStatus.Open
            && context.Request.Query[SurveyViewComponent.ThanksParameter] != name)
        {
            var first = new SurveyMove(SurveyStep.Questions, 0, [], null);
            return context.RequestServices.GetRequiredService<LibraryPageRenderer>().RenderAsync(context, SurveyView, new SurveyPage(name), SurveyTitles.Of(survey, first, SurveyAnswers.Empty));
        }

        return WidgetPages.ShowAsync(context, this, name, SurveyView, new SurveyPage(name), "Survey");
    }

    public void WarmUp()
    {
        foreach (var name in surveys.Names())
        {
            surveys.Get(name);
        }
    }

    public object? PageModel(string? name) => new SurveyPage(name ?? string.Empty);

    /// <summary>
    /// One step. <c>action</c> says which: <c>next</c> checks this page's answers and moves on (to check your answers
    /// after the last page shown), <c>back</c> goes back a page without checking, <c>change-N</c> returns to page N from
    /// check your answers, and <c>submit</c> checks every answer asked and stores the response once (see <see cref="SurveyFlow"/>).
    /// </summary>
    public async Task<FormOutcome> PostAsync(HttpContext context, string? name)
    {
        if (name is null || !ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return new FormOutcome.Refused(Results.NotFound());
        }

        if (await BoundedForm.ReadAsync(context, 64 * 1024 + survey.Questions.Sum(q => q.Type == SurveyQuestionType.Text ? q.MaxLength * 4 : 0)) is not { } form)
        {
            return new FormOutcome.Refused(Results.Text(SurveyWords.Get("Errors.Unreadable"), statusCode: StatusCodes.Status400BadRequest));
        }

        var request = context.Request;
        var returnUrl = FormRedirect.LocalUrl(BoundedForm.Value(form, "return")) ?? $"{request.PathBase}{request.Path}";
        var key = BoundedForm.Value(form, "key") is { } posted && SurveyService.IsKey(posted) ? posted : SurveyService.NewKey();
        var answers = SurveyAnswers.Read(form, survey);
        var page = int.TryParse(BoundedForm.Value(form, "page"), out var number) ? Math.Clamp(number - 1, 0, survey.Pages.Count - 1) : 0;
        var action = BoundedForm.Value(form, "action") ?? "next";
        var changing = SurveyChanging.Read(BoundedForm.Value(form, SurveyChanging.Field), survey);

        FormOutcome Show(SurveyMove move, int status)
        {
            new SurveyProgress(name, answers, move.Step, move.Page, move.Errors, returnUrl, key) { Changing = move.Changing, Focus = move.Focus }.AttachTo(context);
            if (move.Step != SurveyStep.Saved)
            {
                // The saved step shows the link to the answers: it stays out of the browser's cache.
                SurveySaving.KeepInHistory(context);
            }

            // A kiosk's pages all bear the survey's title: the tablet's history list must not tell the next person
            // which pages the last one was shown.
            return new FormOutcome.ShowAgain(status, KioskMode.Of(context) is null ? SurveyTitles.Of(survey, move, answers) : survey.Title);
        }

        if (service.StatusOf(survey) != SurveyStatus.Open)
        {
            return Show(new(SurveyStep.Questions, page, [], changing), StatusCodes.Status400BadRequest);
        }

        // Storing has a budget of its own; moving between pages stores nothing and spends a larger one. Over either,
        // the same step is shown again, with every answer, and when to try again.
        // At a kiosk, both come from the kiosk link's budget instead of the address's.
        var kiosk = KioskMode.Of(context);
        var budget = kiosk is not null ? KioskMode.Budget(action == "submit") : SurveySaving.BudgetFor(action);
        if (await limits.TryAcquireAsync(context, budget, kiosk?.RateClient) is { } wait)
        {
            var step = action == "submit" || BoundedForm.Value(form, SurveySaving.StepField) == "check" ? SurveyStep.Check : SurveyStep.Questions;
            return Show(new(step, page, [FormErrors.TooSoon(context, wait)], changing), StatusCodes.Status429TooManyRequests);
        }

        if (!await FormGuard.IsValidAsync(context, form))
        {
            return Show(new(SurveyStep.Questions, page, [new FormError(string.Empty, SurveyWords.Get("Errors.Expired"))], changing), StatusCodes.Status400BadRequest);
        }

        // A kiosk keeps nothing for later: the next person at the tablet must find nothing of the last one.
        if (kiosk is null && SurveySaving.Handles(action))
        {
            var saved = await saving.PostAsync(context, form, survey, answers, page, action, key);
            return Show(new(saved.Step, saved.Page, saved.Errors, changing), saved.Status);
        }

        var move = SurveyFlow.Move(survey, answers, page, action, changing);
        if (move.Step != SurveyStep.Thanks)
        {
            return Show(move, move.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        }

        var channel = kiosk is not null ? SurveyChannel.Event : ElsewhereForm.Of(context) is null ? SurveyChannel.Online : SurveyChannel.Embedded;
        await service.SubmitAsync(survey, key, answers, channel, kiosk?.Record, context.RequestAborted);
        return new FormOutcome.Done(
            form,
            returnUrl,
            SurveyViewComponent.ThanksParameter,
            name,
            "thanks",
            context => new SurveyProgress(name, answers, SurveyStep.Thanks, 0, [], returnUrl, key).AttachTo(context));
    }
}

/// <summary>The survey widget's view component arguments.</summary>
/// <param name="Name">The survey file's name, without <c>.md</c>.</param>
/// <param name="HeadingLevel">The level of the survey's title heading, 1 to 5, or null for the default.</param>
internal sealed record SurveyArguments(string? Name, int? HeadingLevel);

/// <summary>What the survey's own page (<c>Views/CoProWidgets/Surveys/Survey.cshtml</c>) shows: the survey by name.</summary>
/// <param name="Name">The survey file's name, without <c>.md</c>.</param>
public sealed record SurveyPage(string Name);
