using System.Globalization;
using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The safeguarding queue (<c>{prefix}/staff/safeguarding</c>): every answer that may mean someone is at risk, found by
/// the screening or raised by staff, with the words, until a named member of staff records what they did. Under the
/// moderation policy, as it shows what people wrote.
/// </summary>
internal static class StaffSafeguarding
{
    public const string ActionRoute = "CoProWidgets.StaffSafeguardingAction";
    public const string RaiseRoute = "CoProWidgets.StaffRaiseConcern";
    public const string ActionField = "action";
    public const string ReasonField = "reason";
    private const string View = "~/Views/CoProWidgets/Staff/Safeguarding.cshtml";

    public static void Map(RouteGroupBuilder staff, string? moderationPolicy)
    {
        staff.MapGet("/safeguarding", ShowAsync).WithName(SafeguardingQueue.PageRoute).AlsoRequire(moderationPolicy);
        staff.MapPost("/safeguarding/{id:guid}", RecordAsync).WithStaffForm().WithName(ActionRoute).AlsoRequire(moderationPolicy);
        StaffSurveyFilter.MapSurveyGroup(staff).MapPost("/responses/{id:guid}/concern", RaiseAsync).WithStaffForm().WithName(RaiseRoute).AlsoRequire(moderationPolicy);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, SafeguardingQueue queue, CoProDbContextFactory contexts, SurveyProvider surveys, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text) =>
        await RenderAsync(context, queue, contexts, surveys, links, pages, text, context.Request.Query["recorded"] == "1" ? text["Safeguarding.Recorded.Body"].Value : null, new Dictionary<Guid, string>(), StatusCodes.Status200OK);

    private static async Task<IResult> RecordAsync(Guid id, HttpContext context, SafeguardingQueue queue, CoProDbContextFactory contexts, SurveyProvider surveys, AuditLog audit, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        var action = BoundedForm.Value(StaffForm.Of(context), ActionField)?.Trim();
        if (action is not { Length: > 0 } || action.Length > SafeguardingConcern.MaxActionLength)
        {
            string message = action is { Length: > 0 } ? text["Safeguarding.Errors.ActionTooLong", SafeguardingConcern.MaxActionLength.ToString("N0", CultureInfo.CurrentCulture)] : text["Safeguarding.Errors.ActionMissing"];
            return await RenderAsync(context, queue, contexts, surveys, links, pages, text, null, new Dictionary<Guid, string> { [id] = message }, StatusCodes.Status400BadRequest);
        }

        var user = context.User;
        await queue.RecordAsync(id, AuditLog.ActorOf(user), action, db => audit.Add(db, user, AuditActions.ConcernActioned, $"concern {id:D}"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, SafeguardingQueue.PageRoute, new { recorded = 1 }));
    }

    private static async Task<IResult> RaiseAsync(string name, Guid id, HttpContext context, CoProDbContextFactory contexts, AuditLog audit, WakeSignal<SafeguardingNotifier> signal, TimeProvider time, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        var survey = StaffSurveyFilter.Of(context);
        var reason = BoundedForm.Value(StaffForm.Of(context), ReasonField)?.Trim();
        reason = string.IsNullOrEmpty(reason) ? text["Safeguarding.RaisedByStaff"].Value : reason[..Math.Min(reason.Length, SafeguardingConcern.MaxReasonLength)];
        // The mark and the concern in one transaction, holding the response's row, so a deletion waits for both and
        // then sees the open concern.
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        if (await db.SurveyResponses.Where(r => r.Id == id && r.Survey == survey.Name).ExecuteUpdateAsync(set => set.SetProperty(r => r.Safeguarding, true), context.RequestAborted) == 0)
        {
            await transaction.RollbackAsync(context.RequestAborted);
            return await pages.NotFoundAsync(context);
        }

        var user = context.User;
        db.SafeguardingConcerns.Add(SafeguardingQueue.New(survey.Name, id, question: null, AuditLog.ActorOf(user), reason, time.GetUtcNow().UtcDateTime));
        audit.Add(db, user, AuditActions.ConcernRaised, $"response {id:D} (survey {name})");
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        signal.Notify();
        return FormRedirect.SeeOther(context, links.Path(context, StaffResponsesPage.Route, new { name, done = "raised" }));
    }

    private static async Task<IResult> RenderAsync(HttpContext context, SafeguardingQueue queue, CoProDbContextFactory contexts, SurveyProvider surveys, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text, string? notice, IReadOnlyDictionary<Guid, string> errors, int status)
    {
        var (open, openCount, actioned) = await queue.ReadAsync(actioned: 50, context.RequestAborted);
        var ids = open.Select(concern => concern.ResponseId).Distinct().ToList();
        await using var db = contexts.Create();
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, context.RequestAborted);
        StaffConcern Row(SafeguardingConcern concern)
        {
            var survey = surveys.Get(concern.Survey).Value;
            var answers = responses.TryGetValue(concern.ResponseId, out var response) ? SurveyAnswers.FromJson(response.Answers) : null;
            var words = survey is null || answers is null
                ? []
                : survey.Questions.Where(question => question.Type == SurveyQuestionType.Text && answers.TextOf(question.Id) is { Length: > 0 })
                    .Select(question => new StaffAnswer(question.Text, answers.TextOf(question.Id)!, IsText: true)).ToList();
            return new StaffConcern(
                concern.Id,
                survey?.Title ?? concern.Survey,
                StaffFormat.Time(concern.RaisedAt),
                concern.RaisedBy is null ? text["Safeguarding.FoundByScreening", concern.Reason ?? string.Empty] : text["Safeguarding.RaisedBy", concern.RaisedBy, concern.Reason ?? string.Empty],
                words,
                answers is null)
            {
                ActionUrl = links.Path(context, ActionRoute, new { id = concern.Id }),
                Error = errors.GetValueOrDefault(concern.Id),
                ActionedBy = concern.ActionedBy,
                ActionedAt = concern.ActionedAt is { } at ? StaffFormat.Time(at) : null,
                Action = concern.Action,
            };
        }

        var model = new StaffSafeguardingViewModel(open.Select(Row).ToList(), actioned.Select(Row).ToList()) { Notice = notice, OpenCount = openCount };
        return await pages.RenderAsync(context, View, model, text["Safeguarding.Title"], status);
    }
}

/// <summary>What the safeguarding queue (<c>Views/CoProWidgets/Staff/Safeguarding.cshtml</c>) shows.</summary>
/// <param name="Open">The concerns waiting, oldest first.</param>
/// <param name="Actioned">The latest concerns staff dealt with, newest first.</param>
public sealed record StaffSafeguardingViewModel(IReadOnlyList<StaffConcern> Open, IReadOnlyList<StaffConcern> Actioned)
{
    /// <summary>What the page follows, in a sentence, or null.</summary>
    public string? Notice { get; init; }

    /// <summary>How many concerns wait in all; the page shows the oldest 500.</summary>
    public int OpenCount { get; init; }
}

/// <summary>One possible safeguarding concern.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Survey">The survey's title.</param>
/// <param name="RaisedAt">When it was raised, as staff pages write it.</param>
/// <param name="Why">Who or what raised it, and why.</param>
/// <param name="Words">The written answers of the response.</param>
/// <param name="ResponseDeleted">Whether the response has since been deleted (its words with it).</param>
public sealed record StaffConcern(Guid Id, string Survey, string RaisedAt, string Why, IReadOnlyList<StaffAnswer> Words, bool ResponseDeleted)
{
    /// <summary>Where the form recording what was done posts.</summary>
    public string ActionUrl { get; init; } = string.Empty;

    /// <summary>The problem with what was posted, or null.</summary>
    public string? Error { get; init; }

    /// <summary>The member of staff who dealt with it, once dealt with.</summary>
    public string? ActionedBy { get; init; }

    /// <summary>When, as staff pages write it.</summary>
    public string? ActionedAt { get; init; }

    /// <summary>What they did, in their words.</summary>
    public string? Action { get; init; }
}
