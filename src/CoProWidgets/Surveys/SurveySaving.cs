using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Surveys;

/// <summary>
/// "Save and come back later": the survey form's <c>save</c> action stores the answers so far (not checked as complete)
/// and shows the link that brings them back; <c>email-link</c> emails that link; and the link's own page, on the
/// survey's page of this site, shows the survey again at the step reached. Wherever the form is shown (a page of this
/// site, the survey's own page, another site through the embed), the link opens the survey's own page here.
/// </summary>
internal sealed class SurveySaving(SavedSurveys saved, SavedLinkEmail email, SiteLinks links, IOptions<CoProWidgetsOptions> options)
{
    public const string ResumeRoute = "CoProWidgets.SurveySaved";
    public const string SaveAction = "save";
    public const string EmailAction = "email-link";
    public const string TokenField = "saved-link";

    /// <summary>Set by the check-your-answers form, so a save there comes back to it.</summary>
    public const string StepField = "step";

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SavedSurveys>();
        services.TryAddSingleton<SavedLinkEmail>();
        services.TryAddSingleton<SurveySaving>();
    }

    public static bool Handles(string action) => action is SaveAction or EmailAction;

    /// <summary>The budget a survey form's post spends.</summary>
    public static FormBudget BudgetFor(string action) => action switch
    {
        "submit" => FormBudget.SurveyResponses,
        SaveAction => FormBudget.SurveySaves,
        EmailAction => FormBudget.SavedLinkEmails,
        _ => FormBudget.SurveyPages,
    };

    /// <summary>The step to show after a save or an email, with the saved state attached for the widget.</summary>
    public async Task<SavingStep> PostAsync(HttpContext context, IFormCollection form, SurveyDefinition survey, SurveyAnswers answers, int page, string action, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        var atCheck = BoundedForm.Value(form, StepField) == "check";
        if (action == SaveAction)
        {
            if (await saved.SaveAsync(survey, key, new SavedProgress(answers.ToJson(), page, atCheck), context.RequestAborted) is not { } made)
            {
                return new(atCheck ? SurveyStep.Check : SurveyStep.Questions, page, [new(string.Empty, SavedSurveyText.CannotSave)], StatusCodes.Status400BadRequest);
            }

            Attach(context, survey, made.Token, made.ExpiresAt, emailedTo: null, typed: null);
            return new(SurveyStep.Saved, page, [], StatusCodes.Status200OK);
        }

        var token = BoundedForm.Value(form, TokenField);
        if (await saved.FindAsync(survey.Name, token, context.RequestAborted) is not { } found)
        {
            SurveySavedView.AttachTo(context, survey.Name, new() { StartAgainUrl = OwnPage(context, survey) });
            return new(SurveyStep.SavedLinkGone, page, [], StatusCodes.Status400BadRequest);
        }

        var typed = BoundedForm.Value(form, SavedSurveyText.EmailField);
        var problems = GetInvolvedForm.ValidateEmail(typed, context.RequestServices.GetRequiredService<IStringLocalizer<GetInvolvedText>>());
        if (problems.Count > 0)
        {
            Attach(context, survey, token!, found.ExpiresAt, emailedTo: null, typed);
            return new(SurveyStep.Saved, page, [new(SavedSurveyText.EmailField, problems[0].Message)], StatusCodes.Status400BadRequest);
        }

        var outcome = await email.SendAsync(typed!, survey.Title, Link(context, survey, token!), found.ExpiresAt, context.RequestAborted);
        if (outcome == SavedLinkEmail.Outcome.Sent)
        {
            Attach(context, survey, token!, found.ExpiresAt, emailedTo: EmailAddresses.Normalize(typed!), typed: null);
            return new(SurveyStep.Saved, page, [], StatusCodes.Status200OK);
        }

        Attach(context, survey, token!, found.ExpiresAt, emailedTo: null, typed);
        var message = outcome == SavedLinkEmail.Outcome.TooManyForThisAddress ? SavedSurveyText.TooManyForThisAddress : SavedSurveyText.NotSent;
        return new(SurveyStep.Saved, page, [new(SavedSurveyText.EmailField, message)], StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// Lets the browser keep a step's page (a POST's answer) in its own cache, so Back and Forward, and Back from a
    /// post that never arrived, show it again with what was typed in it, instead of "Confirm form resubmission". The
    /// antiforgery token in it asks for <c>no-store</c> only to keep it out of shared caches, which <c>private</c>
    /// does too. Kiosk mode, where the next person must not see these answers, does not call this.
    /// </summary>
    public static void KeepInHistory(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (KioskMode.Of(context) is not null)
        {
            // At a kiosk every page is no-store: Back must never bring the last person's answers back.
            return;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "private, no-cache";
            context.Response.Headers.Pragma = default;
            return Task.CompletedTask;
        });
    }

    /// <summary>The link's page: the survey at the step reached, with every saved answer; or that the link does not work.</summary>
    public static void Map(RouteGroupBuilder group, IWidgetForm widget)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(widget);
        group.MapGet("/surveys/{name}/saved/{token}", (string name, string token, HttpContext context) =>
                context.RequestServices.GetRequiredService<SurveySaving>().ResumeAsync(context, widget, name, token))
            .WithName(ResumeRoute);
    }

    private async Task<IResult> ResumeAsync(HttpContext context, IWidgetForm widget, string name, string token)
    {
        var services = context.RequestServices;
        var pages = services.GetRequiredService<LibraryPageRenderer>();
        if (!ContentName.IsValid(name) || services.GetRequiredService<SurveyProvider>().Get(name).Value is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        // The token is in the address: keep it out of caches and out of the Referer of any link followed from here.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var ownPage = OwnPage(context, survey);
        if (await saved.FindAsync(name, token, context.RequestAborted) is not { } found)
        {
            new SurveyProgress(name, SurveyAnswers.Empty, SurveyStep.SavedLinkGone, 0, [], ownPage, SurveyService.NewKey()).AttachTo(context);
            SurveySavedView.AttachTo(context, name, new() { StartAgainUrl = ownPage });
            return await pages.RenderAsync(context, widget.PageView, widget.PageModel(name), survey.Title, StatusCodes.Status404NotFound);
        }

        var answers = SurveyAnswers.FromJson(found.Progress.Answers);
        var page = Math.Clamp(found.Progress.Page, 0, survey.Pages.Count - 1);
        new SurveyProgress(name, answers, found.Progress.AtCheck ? SurveyStep.Check : SurveyStep.Questions, page, [], ownPage, found.Key).AttachTo(context);
        SurveySavedView.AttachTo(context, name, new() { Resumed = true, Until = SavedSurveyText.Until(found.ExpiresAt) });
        return await pages.RenderAsync(context, widget.PageView, widget.PageModel(name), survey.Title);
    }

    private void Attach(HttpContext context, SurveyDefinition survey, string token, DateTime expiresAt, string? emailedTo, string? typed) =>
        SurveySavedView.AttachTo(context, survey.Name, new()
        {
            Link = Link(context, survey, token).ToString(),
            Token = token,
            Until = SavedSurveyText.Until(expiresAt),
            EmailedTo = emailedTo,
            Email = typed,
        });

    private Uri Link(HttpContext context, SurveyDefinition survey, string token) =>
        links.Absolute(SiteAddress.Of(context.Request, options.Value), ResumeRoute, new { name = survey.Name, token });

    private static string OwnPage(HttpContext context, SurveyDefinition survey) =>
        context.RequestServices.GetRequiredService<SiteLinks>().Path(context, SurveyWidget.Route, new { name = survey.Name });
}

/// <summary>What a save or an email did: the step to show, the page, any problems and the status.</summary>
internal sealed record SavingStep(SurveyStep Step, int Page, IReadOnlyList<FormError> Errors, int Status);

/// <summary>The saved state handed from a post or the link's page to the widget, for this request only.</summary>
internal static class SurveySavedView
{
    private static readonly object s_key = new();

    public static SurveySavedViewModel? Of(HttpContext context, string survey) =>
        context.Items.TryGetValue(s_key, out var value) && value is (string name, SurveySavedViewModel model) && name == survey ? model : null;

    public static void AttachTo(HttpContext context, string survey, SurveySavedViewModel model) => context.Items[s_key] = (survey, model);
}
