using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// Staff entering a response on someone's behalf (a paper form, a phone call, an event): every question on one page,
/// checked as the survey checks it, stored with its channel, and recorded in the audit log in the same transaction.
/// </summary>
internal sealed class StaffEntry(SurveyService service, AuditLog audit, IStringLocalizer<StaffSurveysText> text)
{
    public const string FormId = "copro-entry";
    public const string ChannelField = "channel";

    public StaffEntryViewModel Show(SurveyDefinition survey, SurveyAnswers answers, SurveyChannel? channel, IReadOnlyList<FormError> errors, string key) => new()
    {
        Name = survey.Name,
        Title = survey.Title,
        IsClosed = service.StatusOf(survey) == SurveyStatus.Closed,
        Questions = SurveyQuestionViews.Of(FormId, survey.Questions, answers, errors, condition: question => Condition(survey, question, answers, errors)),
        Channels = SurveyChannels.EnteredByStaff.Select(option => new StaffChoice(SurveyChannels.Id(option), SurveyChannels.Label(option), option == channel)).ToList(),
        ChannelError = errors.FirstOrDefault(error => error.Field == ChannelField)?.Message,
        Errors = errors,
        Key = key,
    };

    /// <summary>Checks and stores a posted entry: the errors to show, or none when it is stored (or was stored already).</summary>
    public async Task<(IReadOnlyList<FormError> Errors, SurveyAnswers Answers, SurveyChannel? Channel, string Key)> EnterAsync(HttpContext context, SurveyDefinition survey, IFormCollection form)
    {
        var key = BoundedForm.Value(form, "key") is { } posted && SurveyService.IsKey(posted) ? posted : SurveyService.NewKey();
        var answers = SurveyAnswers.Read(form, survey);
        var channel = SurveyChannels.Parse(BoundedForm.Value(form, ChannelField)) is { } parsed && SurveyChannels.EnteredByStaff.Contains(parsed) ? parsed : (SurveyChannel?)null;
        var errors = new List<FormError>();
        if (channel is null)
        {
            errors.Add(new(ChannelField, text["Enter.Error.Channel"]));
        }

        // One form holds every question: those the answers entered do not ask are not required, and their answers are dropped.
        var route = survey.Route(answers);
        errors.AddRange(answers.Validate(survey.Questions.Where(route.IsAsked)));
        if (errors.Count > 0)
        {
            return (errors, answers, channel, key);
        }

        var user = context.User;
        await service.SubmitAsync(
            survey,
            key,
            answers,
            channel!.Value,
            db => audit.Add(db, user, AuditActions.ResponseEntered, $"survey {survey.Name}", $"Entered a response given by {SurveyChannels.Id(channel.Value)}."),
            context.RequestAborted);
        return ([], answers, channel, key);
    }

    /// <summary>A question with when it is asked; once the form has been sent, why it was skipped if it was.</summary>
    /// <summary>When a routed question is asked, or, once a form with problems is sent, why it was skipped; null for always.</summary>
    private static string? Condition(SurveyDefinition survey, SurveyQuestion question, SurveyAnswers answers, IReadOnlyList<FormError> errors) =>
        SurveyConditionWords.AskedWhen(survey, question) is not { } askedWhen ? null
        : errors.Count > 0 && !survey.Route(answers).IsAsked(question) ? SurveyConditionWords.Skipped(askedWhen)
        : askedWhen;
}

/// <summary>One choice on a staff form.</summary>
/// <param name="Id">The value posted.</param>
/// <param name="Label">What staff read.</param>
/// <param name="Selected">Whether it is chosen.</param>
public sealed record StaffChoice(string Id, string Label, bool Selected);

/// <summary>What the staff form for entering a paper, phone or event response (<c>Views/CoProWidgets/Staff/Enter.cshtml</c>) shows.</summary>
public sealed record StaffEntryViewModel
{
    /// <summary>The survey file's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the survey has closed: staff may still enter answers given while it was open.</summary>
    public bool IsClosed { get; init; }

    /// <summary>Every question, in order, with the answers given so far and any error.</summary>
    public required IReadOnlyList<SurveyQuestionViewModel> Questions { get; init; }

    /// <summary>How the answers were given.</summary>
    public required IReadOnlyList<StaffChoice> Channels { get; init; }

    /// <summary>The problem with the channel, if any.</summary>
    public string? ChannelError { get; init; }

    /// <summary>Every problem, for the error summary.</summary>
    public required IReadOnlyList<FormError> Errors { get; init; }

    /// <summary>The idempotency key: sending the form twice stores one response.</summary>
    public required string Key { get; init; }

    /// <summary>Where the form posts.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>The survey's staff page.</summary>
    public string SurveyUrl { get; init; } = string.Empty;
}
