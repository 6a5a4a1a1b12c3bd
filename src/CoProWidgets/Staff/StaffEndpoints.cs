using CoProWidgets.Audit;
using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// The staff workspace at <c>{prefix}/staff</c>, in the library's own staff layout (or the host's
/// <see cref="CoProWidgetsOptions.StaffLayout"/>), for the users the host's <see cref="CoProWidgetsOptions.StaffPolicy"/>
/// allows; it does not exist without that policy. Its pages are never cached, indexed or framed (<see cref="StaffHeaders"/>).
/// </summary>
internal static class StaffEndpoints
{
    public const string OverviewRoute = "CoProWidgets.Staff";
    public const string SurveyRoute = "CoProWidgets.StaffSurvey";
    public const string ResponsesRoute = "CoProWidgets.StaffResponses";
    public const string ContentRoute = "CoProWidgets.StaffContent";
    public const string EnterRoute = "CoProWidgets.StaffEnter";
    public const string PublishRoute = "CoProWidgets.StaffPublishResults";
    public const string WithdrawRoute = "CoProWidgets.StaffWithdrawResults";
    public const string ExcludeRoute = "CoProWidgets.StaffExcludeResponse";
    public const string QuotesRoute = "CoProWidgets.StaffQuotes";
    public const string DecideQuoteRoute = "CoProWidgets.StaffDecideQuote";
    private const string QuotesView = "~/Views/CoProWidgets/Staff/Quotes.cshtml";
    public const string ResponsesCsvRoute = "CoProWidgets.StaffResponsesCsv";
    public const string ResponsesJsonRoute = "CoProWidgets.StaffResponsesJson";
    public const string PeopleRoute = "CoProWidgets.StaffPeople";
    public const string FindPersonRoute = "CoProWidgets.StaffFindPerson";
    public const string DownloadPersonRoute = "CoProWidgets.StaffDownloadPerson";
    public const string ErasePersonRoute = "CoProWidgets.StaffErasePerson";
    public const string OutcomesRoute = "CoProWidgets.StaffOutcomes";
    public const string RetryEmailRoute = "CoProWidgets.StaffRetryEmail";
    public const string ContactsRoute = "CoProWidgets.StaffOutcomeContacts";
    public const string AuditRoute = "CoProWidgets.StaffAudit";
    public const string PreviewRoute = "CoProWidgets.StaffPreview";
    private const string PreviewView = "~/Views/CoProWidgets/Staff/Preview.cshtml";
    private const string AuditView = "~/Views/CoProWidgets/Staff/Audit.cshtml";
    private const string OutcomesView = "~/Views/CoProWidgets/Staff/Outcomes.cshtml";
    private const string EnterView = "~/Views/CoProWidgets/Staff/Enter.cshtml";
    private const string PeopleView = "~/Views/CoProWidgets/Staff/People.cshtml";
    private const string ContentView = "~/Views/CoProWidgets/Staff/Content.cshtml";
    private const string ResponsesView = "~/Views/CoProWidgets/Staff/Responses.cshtml";
    private const string OverviewView = "~/Views/CoProWidgets/Staff/Index.cshtml";
    private const string SurveyView = "~/Views/CoProWidgets/Staff/Survey.cshtml";

    public const string SignUpsExportRoute = "CoProWidgets.SignUpExport";
    public const string SurveyExportRoute = "CoProWidgets.SurveyExport";

    /// <summary>
    /// Maps the workspace for <see cref="CoProWidgetsOptions.StaffPolicy"/>, with the parts that name people, show or
    /// act on what people wrote, and publish also requiring their own policy when the host set one, and the older
    /// exports beside it. An export of responses holds what people wrote, so it needs both the people and the
    /// moderation policy.
    /// </summary>
    public static void Map(RouteGroupBuilder group, CoProWidgetsOptions options)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        var policy = options.StaffPolicy ?? throw new ArgumentException("The staff workspace needs StaffPolicy.", nameof(options));
        var headers = new StaffHeaders(OwnLayout: options.StaffLayout is null);
        TBuilder People<TBuilder>(TBuilder builder)
            where TBuilder : IEndpointConventionBuilder => builder.AlsoRequire(options.PeoplePolicy);
        TBuilder Moderation<TBuilder>(TBuilder builder)
            where TBuilder : IEndpointConventionBuilder => builder.AlsoRequire(options.ModerationPolicy);

        var staff = group.MapGroup("/staff").RequireAuthorization(policy).WithMetadata(headers);
        staff.AddEndpointFilter(async (invocation, next) =>
        {
            headers.Apply(invocation.HttpContext.Response);
            return await next(invocation);
        });
        staff.MapGet("/", ShowOverviewAsync).WithName(OverviewRoute);
        staff.MapGet("/surveys/{name}", ShowSurveyAsync).WithName(SurveyRoute);
        Moderation(staff.MapGet("/surveys/{name}/responses", ShowResponsesAsync).WithName(ResponsesRoute));
        Moderation(staff.MapPost("/surveys/{name}/responses", SearchResponsesAsync).DisableAntiforgery());
        StaffResponseEndpoints.Map(staff, options);
        StaffSafeguarding.Map(staff, options.ModerationPolicy);
        People(Moderation(staff.MapPost("/surveys/{name}/responses.csv", (string name, HttpContext context, SurveyProvider surveys, StaffExports exports, StaffPages pages) =>
            ExportAsync(name, context, surveys, pages, (survey, filter) => exports.WriteCsvAsync(context, survey, filter))).DisableAntiforgery().WithName(ResponsesCsvRoute)));
        People(Moderation(staff.MapPost("/surveys/{name}/responses.json", (string name, HttpContext context, SurveyProvider surveys, StaffExports exports, StaffPages pages) =>
            ExportAsync(name, context, surveys, pages, (survey, filter) => exports.WriteJsonAsync(context, survey, filter))).DisableAntiforgery().WithName(ResponsesJsonRoute)));
        staff.MapGet("/surveys/{name}/enter", ShowEntryAsync).WithName(EnterRoute);
        Moderation(staff.MapPost("/surveys/{name}/responses/{id:guid}/exclude", ExcludeResponseAsync).DisableAntiforgery().WithName(ExcludeRoute));
        staff.MapPost("/surveys/{name}/publish", PublishResultsAsync).DisableAntiforgery().WithName(PublishRoute).AlsoRequire(options.PublishingPolicy);
        staff.MapPost("/surveys/{name}/withdraw", WithdrawResultsAsync).DisableAntiforgery().WithName(WithdrawRoute).AlsoRequire(options.PublishingPolicy);
        staff.MapPost("/surveys/{name}/enter", EnterAsync).DisableAntiforgery();
        People(staff.MapGet("/people", (HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages) =>
            ShowPeopleAsync(context, people, links, pages, model => model with { Erased = context.Request.Query["erased"] == "1" })).WithName(PeopleRoute));
        staff.MapGet("/audit", async (int? page, HttpContext context, AuditLog audit, SiteLinks links, StaffPages pages, IOptions<CoProWidgetsOptions> options) =>
        {
            var (entries, shown, count) = await audit.ReadAsync(page ?? 1, context.RequestAborted);
            var model = new StaffAuditViewModel(entries.Select(entry => new StaffAuditRow(StaffResponses.Time(entry.At), entry.Actor, entry.Action, entry.Subject, entry.Detail)).ToList(), shown, count, options.Value.AuditLogDays)
            {
                OverviewUrl = links.Path(context, OverviewRoute),
                PageUrl = links.Path(context, AuditRoute),
            };
            return await pages.RenderAsync(context, AuditView, model, "Audit log");
        }).WithName(AuditRoute);
        Moderation(staff.MapGet("/quotes", (string? status, HttpContext context, StaffQuotes quotes, SiteLinks links, StaffPages pages) =>
            ShowQuotesAsync(context, status, quotes, links, pages, model => model with { Decided = context.Request.Query["decided"].FirstOrDefault() is "approve" or "reject" or "delete" ? context.Request.Query["decided"].ToString() : null })).WithName(QuotesRoute));
        Moderation(staff.MapPost("/quotes/{id:guid}", DecideQuoteAsync).DisableAntiforgery().WithName(DecideQuoteRoute));
        staff.MapGet("/outcomes", ShowOutcomesAsync).WithName(OutcomesRoute);
        People(staff.MapPost("/outcomes/{name}/{way:regex(^(post|phone)$)}-list.csv", async (string name, string way, HttpContext context, StaffOutcomes outcomes) =>
        {
            if (await StaffForm.ReadAsync(context) is null)
            {
                return StaffForm.Refused();
            }

            return ContentName.IsValid(name) && await outcomes.WriteContactsAsync(context, name, way) ? Results.Empty : Results.NotFound();
        }).DisableAntiforgery().WithName(ContactsRoute));
        staff.MapPost("/email/{id:guid}/retry", RetryEmailAsync).DisableAntiforgery().WithName(RetryEmailRoute);
        People(staff.MapPost("/people/find", FindPersonAsync).DisableAntiforgery().WithName(FindPersonRoute));
        People(staff.MapPost("/people/{id:guid}/download", DownloadPersonAsync).DisableAntiforgery().WithName(DownloadPersonRoute));
        People(staff.MapPost("/people/{id:guid}/erase", ErasePersonAsync).DisableAntiforgery().WithName(ErasePersonRoute));
        staff.MapGet("/content", (HttpContext context, StaffContent content, SiteLinks links, StaffPages pages) =>
            pages.RenderAsync(context, ContentView, new StaffContentViewModel(content.Files()) { PreviewUrl = links.Path(context, PreviewRoute), OverviewUrl = links.Path(context, OverviewRoute) }, "Content files"))
            .WithName(ContentRoute);
        staff.MapGet("/content/preview", (HttpContext context, SiteLinks links, StaffPages pages) =>
            RenderPreviewAsync(context, new StaffPreviewViewModel { Kinds = StaffPreview.Kinds(null) }, links, pages, StatusCodes.Status200OK)).WithName(PreviewRoute);
        staff.MapPost("/content/preview", PreviewAsync).DisableAntiforgery();

        // The older exports, outside /staff: the same policies, headers and antiforgery check as the workspace's own.
        var older = group.MapGroup(string.Empty).RequireAuthorization(policy).WithMetadata(headers);
        older.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            headers.Apply(context.Response);
            return await StaffForm.ReadAsync(context) is null ? StaffForm.Refused() : await next(invocation);
        });
        People(older.MapPost("/get-involved/sign-ups.csv", SignUpExport.WriteAsync).DisableAntiforgery().WithName(SignUpsExportRoute));
        People(Moderation(older.MapPost("/surveys/{name}/responses.csv", SurveyExport.WriteAsync).DisableAntiforgery().WithName(SurveyExportRoute)));
    }

    private static async Task<IResult> ShowOverviewAsync(HttpContext context, StaffOverview overview, StaffAccess access, SiteLinks links, StaffPages pages)
    {
        var rows = await overview.SurveysAsync(context.RequestAborted);
        var may = await access.ReadAsync(context);
        var model = new StaffOverviewViewModel(rows, rows.Select(row => links.Path(context, SurveyRoute, new { name = row.Name })).ToList())
        {
            ContentUrl = links.Path(context, ContentRoute),
            PeopleUrl = may.People ? links.Path(context, PeopleRoute) : string.Empty,
            OutcomesUrl = links.Path(context, OutcomesRoute),
            QuotesUrl = may.Moderation ? links.Path(context, QuotesRoute) : string.Empty,
            AuditUrl = links.Path(context, AuditRoute),
        };
        return await pages.RenderAsync(context, OverviewView, model, "Staff workspace");
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, StaffPreview preview, SiteLinks links, StaffPages pages)
    {
        if (await StaffForm.ReadAsync(context, StaffPreview.MaxFormBytes) is not { } form)
        {
            return StaffForm.Refused();
        }

        var model = await preview.PreviewAsync(form, context.RequestAborted);
        var status = model.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

        // The widget renders from the previewed text only inside this scope, for this request.
        using var scope = model.Path is { } path ? ContentStore.Preview(path, model.PreviewText!) : null;
        return await RenderPreviewAsync(context, model, links, pages, status);
    }

    private static Task<IResult> RenderPreviewAsync(HttpContext context, StaffPreviewViewModel model, SiteLinks links, StaffPages pages, int status) =>
        pages.RenderAsync(
            context,
            PreviewView,
            model with { Action = links.Path(context, PreviewRoute), ContentUrl = links.Path(context, ContentRoute) },
            model.Errors.Count > 0 ? "Error: Preview a content file" : "Preview a content file",
            status);

    private static async Task<IResult> ShowQuotesAsync(HttpContext context, string? status, StaffQuotes quotes, SiteLinks links, StaffPages pages, Func<StaffQuotesViewModel, StaffQuotesViewModel> with, int code = StatusCodes.Status200OK)
    {
        var model = with(await quotes.ReadAsync(status, context.RequestAborted));
        model = model with
        {
            PageUrl = links.Path(context, QuotesRoute),
            OverviewUrl = links.Path(context, OverviewRoute),
            DecideUrls = model.Quotes.ToDictionary(quote => quote.Id, quote => links.Path(context, DecideQuoteRoute, new { id = quote.Id })),
        };
        return await pages.RenderAsync(context, QuotesView, model, model.Errors.Count > 0 ? "Error: What people said: moderation" : "What people said: moderation", code);
    }

    private static async Task<IResult> DecideQuoteAsync(Guid id, HttpContext context, StaffQuotes quotes, SiteLinks links, StaffPages pages)
    {
        if (await StaffForm.ReadAsync(context, 64 * 1024) is not { } form)
        {
            return StaffForm.Refused();
        }

        var (found, errors, quote) = await quotes.DecideAsync(context.User, id, form, context.RequestAborted);
        if (!found)
        {
            return await pages.NotFoundAsync(context);
        }

        if (errors.Count > 0)
        {
            // The quote with its problems, first on the page, whatever its status.
            return await ShowQuotesAsync(context, "pending", quotes, links, pages, model => model with { Errors = errors, Quotes = [quote!, .. model.Quotes.Where(other => other.Id != id)] }, StatusCodes.Status400BadRequest);
        }

        var decided = BoundedForm.Value(form, "action") switch { "approve" => "approve", "delete" => "delete", _ => "reject" };
        return FormRedirect.SeeOther(context, links.Path(context, QuotesRoute, new { decided }));
    }

    private static async Task<IResult> ShowOutcomesAsync(HttpContext context, StaffOutcomes outcomes, StaffAccess access, SiteLinks links, StaffPages pages)
    {
        var model = await outcomes.ReadAsync(context.RequestAborted);
        if (!(await access.ReadAsync(context)).People)
        {
            // Without the people policy: no contact lists, and no failed email's address.
            return await pages.RenderAsync(context, OutcomesView, model with
            {
                Retried = context.Request.Query["retried"].ToString() switch { "1" => true, "0" => false, _ => null },
                OverviewUrl = links.Path(context, OverviewRoute),
                FailedEmails = model.FailedEmails.Select(email => email with { Recipient = StaffOutcomes.HiddenAddress }).ToList(),
                RetryUrls = model.FailedEmails.ToDictionary(email => email.Id, email => links.Path(context, RetryEmailRoute, new { id = email.Id })),
            }, "Outcomes and email");
        }

        model = model with
        {
            Retried = context.Request.Query["retried"].ToString() switch { "1" => true, "0" => false, _ => null },
            OverviewUrl = links.Path(context, OverviewRoute),
            RetryUrls = model.FailedEmails.ToDictionary(email => email.Id, email => links.Path(context, RetryEmailRoute, new { id = email.Id })),
            PostListUrls = model.Outcomes.ToDictionary(outcome => outcome.Name, outcome => links.Path(context, ContactsRoute, new { name = outcome.Name, way = "post" }), StringComparer.Ordinal),
            PhoneListUrls = model.Outcomes.ToDictionary(outcome => outcome.Name, outcome => links.Path(context, ContactsRoute, new { name = outcome.Name, way = "phone" }), StringComparer.Ordinal),
        };
        return await pages.RenderAsync(context, OutcomesView, model, "Outcomes and email");
    }

    private static async Task<IResult> RetryEmailAsync(Guid id, HttpContext context, StaffOutcomes outcomes, SiteLinks links)
    {
        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        var retried = await outcomes.RetryAsync(context.User, id, context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, OutcomesRoute, new { retried = retried ? 1 : 0 }));
    }

    private static async Task<IResult> ShowPeopleAsync(HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages, Func<StaffPeopleViewModel, StaffPeopleViewModel> with, int status = StatusCodes.Status200OK)
    {
        var model = with(await people.CountAsync(context.RequestAborted));
        model = model with
        {
            OverviewUrl = links.Path(context, OverviewRoute),
            FindUrl = links.Path(context, FindPersonRoute),
            SignUpsExportUrl = links.Path(context, SignUpsExportRoute),
            DownloadUrl = model.Person is { } person ? links.Path(context, DownloadPersonRoute, new { id = person.Id }) : string.Empty,
            EraseUrl = model.Person is { } found ? links.Path(context, ErasePersonRoute, new { id = found.Id }) : string.Empty,
        };
        return await pages.RenderAsync(context, PeopleView, model, model.Errors.Count > 0 ? "Error: People who signed up" : "People who signed up", status);
    }

    private static async Task<IResult> FindPersonAsync(HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages)
    {
        if (await StaffForm.ReadAsync(context) is not { } form)
        {
            return StaffForm.Refused();
        }

        var email = BoundedForm.Value(form, StaffPeople.EmailField);
        var (errors, person) = await people.FindAsync(context.User, email, context.RequestAborted);
        return await ShowPeopleAsync(context, people, links, pages, model => model with { Searched = true, Email = email, Person = person, Errors = errors }, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> DownloadPersonAsync(Guid id, HttpContext context, StaffPeople people, StaffPages pages)
    {
        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        return await people.DownloadAsync(context, id) ? Results.Empty : await pages.NotFoundAsync(context);
    }

    private static async Task<IResult> ErasePersonAsync(Guid id, HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages)
    {
        if (await StaffForm.ReadAsync(context) is not { } form)
        {
            return StaffForm.Refused();
        }

        if (BoundedForm.Value(form, StaffPeople.ConfirmField) != "yes")
        {
            var person = await people.FindAsync(id, context.RequestAborted);
            if (person is null)
            {
                return await pages.NotFoundAsync(context);
            }

            FormError error = new(StaffPeople.ConfirmField, "Confirm you have checked this is the person who asked to be erased");
            return await ShowPeopleAsync(context, people, links, pages, model => model with { Searched = true, Person = person, Errors = [error] }, StatusCodes.Status400BadRequest);
        }

        // Erased already (a second click, or another member of staff) is the same outcome: they are gone.
        await people.EraseAsync(context.User, id, context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, PeopleRoute, new { erased = 1 }));
    }

    /// <summary>The survey an address names, or null when the name is invalid or the survey has no good version.</summary>
    public static SurveyDefinition? Survey(SurveyProvider surveys, string name) => ContentName.IsValid(name) ? surveys.Get(name).Value : null;

    /// <summary>An export of the responses the posted filters match; the form carries the antiforgery token, since each download is audited.</summary>
    private static async Task<IResult> ExportAsync(string name, HttpContext context, SurveyProvider surveys, StaffPages pages, Func<SurveyDefinition, StaffResponseFilter, Task> write)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is not { } form)
        {
            return StaffForm.Refused();
        }

        string? Field(string key) => BoundedForm.Value(form, key);
        await write(survey, StaffResponseFilter.Read(survey, Field("group"), Field("channel"), Field("answer"), Field("q"), Field("concerns")));
        return Results.Empty;
    }

    /// <summary>Staff exclude a response as not genuine: kept and marked, counted nowhere; audited.</summary>
    private static async Task<IResult> ExcludeResponseAsync(string name, Guid id, HttpContext context, SurveyProvider surveys, SurveyService service, AuditLog audit, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        var user = context.User;
        await service.ExcludeAsync(survey, id, db => audit.Add(db, user, AuditActions.ResponseExcluded, $"response {id:D} (survey {name})"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, ResponsesRoute, new { name, excluded = 1 }));
    }

    /// <summary>Staff publish a survey's results now: a new snapshot if enough has arrived since the last, audited.</summary>
    private static async Task<IResult> PublishResultsAsync(string name, HttpContext context, SurveyProvider surveys, ResultsDisclosure disclosure, PublishedResults results, AuditLog audit, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        var user = context.User;
        var published = disclosure.MayShow(survey)
            && await results.PublishAsync(survey, AuditLog.ActorOf(user), db => audit.Add(db, user, AuditActions.ResultsPublished, $"survey {name}"), context.RequestAborted) is not null;
        return FormRedirect.SeeOther(context, links.Path(context, SurveyRoute, new { name, published = published ? 1 : 0 }));
    }

    /// <summary>Staff withdraw the latest published snapshot: the one before shows again; audited.</summary>
    private static async Task<IResult> WithdrawResultsAsync(string name, HttpContext context, SurveyProvider surveys, PublishedResults results, AuditLog audit, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is null)
        {
            return StaffForm.Refused();
        }

        var user = context.User;
        var withdrawn = await results.WithdrawAsync(survey, AuditLog.ActorOf(user), db => audit.Add(db, user, AuditActions.ResultsWithdrawn, $"survey {name}"), context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, SurveyRoute, new { name, withdrawn = withdrawn ? 1 : 0 }));
    }

    private static async Task<IResult> ShowEntryAsync(string name, HttpContext context, SurveyProvider surveys, StaffEntry entry, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var model = entry.Show(survey, SurveyAnswers.Empty, null, [], SurveyService.NewKey());
        return await RenderEntryAsync(context, model, links, pages, StatusCodes.Status200OK);
    }

    /// <summary>Stores a response staff entered, then shows the survey's page; or shows the form again with its problems.</summary>
    private static async Task<IResult> EnterAsync(string name, HttpContext context, SurveyProvider surveys, StaffEntry entry, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context, 64 * 1024 + survey.Questions.Sum(q => q.Type == SurveyQuestionType.Text ? q.MaxLength * 4 : 0)) is not { } form)
        {
            return StaffForm.Refused();
        }

        var (errors, answers, channel, key) = await entry.EnterAsync(context, survey, form);
        if (errors.Count > 0)
        {
            return await RenderEntryAsync(context, entry.Show(survey, answers, channel, errors, key), links, pages, StatusCodes.Status400BadRequest);
        }

        return FormRedirect.SeeOther(context, links.Path(context, SurveyRoute, new { name, entered = 1 }));
    }

    private static Task<IResult> RenderEntryAsync(HttpContext context, StaffEntryViewModel model, SiteLinks links, StaffPages pages, int status) =>
        pages.RenderAsync(
            context,
            EnterView,
            model with
            {
                Action = links.Path(context, EnterRoute, new { name = model.Name }),
                SurveyUrl = links.Path(context, SurveyRoute, new { name = model.Name }),
            },
            model.Errors.Count > 0 ? $"Error: Enter a response: {model.Title}" : $"Enter a response: {model.Title}",
            status);

    private static async Task<IResult> ShowSurveyAsync(string name, HttpContext context, SurveyProvider surveys, StaffOverview overview, StaffAccess access, SiteLinks links, StaffPages pages, IOptions<CoProWidgetsOptions> options)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var may = await access.ReadAsync(context);
        var publishing = may.Publishing;
        var model = await overview.SurveyAsync(survey, options.Value.Results.SuppressBelow, context.RequestAborted) with
        {
            OverviewUrl = links.Path(context, OverviewRoute),
            ResponsesUrl = may.Moderation ? links.Path(context, ResponsesRoute, new { name }) : string.Empty,
            EnterUrl = links.Path(context, EnterRoute, new { name }),
            Entered = context.Request.Query["entered"] == "1",
            PublishUrl = publishing ? links.Path(context, PublishRoute, new { name }) : string.Empty,
            ReportUrl = links.Path(context, ResultsWidget.ReportRoute, new { name }),
            Published = context.Request.Query["published"].ToString() switch { "1" => true, "0" => false, _ => null },
            WithdrawUrl = publishing ? links.Path(context, WithdrawRoute, new { name }) : string.Empty,
            ConcernsUrl = may.Moderation ? links.Path(context, ResponsesRoute, new { name, concerns = "yes" }) : string.Empty,
            Withdrawn = context.Request.Query["withdrawn"].ToString() switch { "1" => true, "0" => false, _ => null },
        };
        return await pages.RenderAsync(context, SurveyView, model, $"Staff: {survey.Title}");
    }

    /// <summary>A survey's responses, a page at a time, filtered by respondent group and by words in written answers.</summary>
    /// <summary>The responses page by its address: filters by group, channel, answer and concern; never by words.</summary>
    private static Task<IResult> ShowResponsesAsync(string name, string? group, string? channel, string? answer, string? concerns, string? done, int? page, HttpContext context, SurveyProvider surveys, StaffResponses responses, StaffAccess access, SiteLinks links, StaffPages pages) =>
        RenderResponsesAsync(name, survey => StaffResponseFilter.Read(survey, group, channel, answer, search: null, concerns), page ?? 1, done, context, surveys, responses, access, links, pages);

    /// <summary>
    /// The responses page for posted filters, words among them: the words stay out of every address and log, and the
    /// audit records that words were searched for, not which.
    /// </summary>
    private static async Task<IResult> SearchResponsesAsync(string name, HttpContext context, SurveyProvider surveys, StaffResponses responses, StaffAccess access, AuditLog audit, CoProDbContextFactory contexts, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is null)
        {
            return await pages.NotFoundAsync(context);
        }

        if (await StaffForm.ReadAsync(context) is not { } form)
        {
            return StaffForm.Refused();
        }

        string? Field(string field) => BoundedForm.Value(form, field);
        var filter = StaffResponseFilter.Read(Survey(surveys, name)!, Field("group"), Field("channel"), Field("answer"), Field("q"), Field("concerns"));
        if (filter.Search is not null)
        {
            await using var db = contexts.Create();
            audit.Add(db, context.User, AuditActions.ResponsesSearched, $"survey {name}", filter.Describe());
            await db.SaveChangesAsync(context.RequestAborted);
        }

        return await RenderResponsesAsync(name, _ => filter, 1, null, context, surveys, responses, access, links, pages);
    }

    /// <summary>The responses page; <paramref name="done"/> names what it follows (an action, or an action refused).</summary>
    private static async Task<IResult> RenderResponsesAsync(string name, Func<SurveyDefinition, StaffResponseFilter> filterOf, int page, string? done, HttpContext context, SurveyProvider surveys, StaffResponses responses, StaffAccess access, SiteLinks links, StaffPages pages)
    {
        if (Survey(surveys, name) is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var read = await responses.ReadAsync(survey, filterOf(survey), page, context.RequestAborted);
        var may = await access.ReadAsync(context);
        var model = read with
        {
            ExcludeUrls = read.Responses.ToDictionary(response => response.Id, response => links.Path(context, ExcludeRoute, new { name, id = response.Id })),
            Actions = read.Responses.ToDictionary(response => response.Id, response => StaffResponseEndpoints.Actions(context, links, name, response.Id, may.People)),
            Notice = StaffResponseEndpoints.Notice(done),
            Errors = StaffResponseEndpoints.Problem(done) is { } problem ? [problem] : [],
        };
        model = model with
        {
            SurveyUrl = links.Path(context, SurveyRoute, new { name }),
            PageUrl = links.Path(context, ResponsesRoute, new { name }),
            CsvUrl = may.People ? links.Path(context, ResponsesCsvRoute, new { name }) : string.Empty,
            JustExcluded = context.Request.Query["excluded"] == "1",
            JsonUrl = may.People ? links.Path(context, ResponsesJsonRoute, new { name }) : string.Empty,
        };
        return await pages.RenderAsync(context, ResponsesView, model, model.Errors.Count > 0 ? $"Error: Responses: {survey.Title}" : $"Responses: {survey.Title}");
    }
}

/// <summary>What the staff workspace's first page (<c>Views/CoProWidgets/Staff/Index.cshtml</c>) shows.</summary>
/// <param name="Surveys">Every survey, by title.</param>
/// <param name="Links">Each survey's staff page, in the same order.</param>
public sealed record StaffOverviewViewModel(IReadOnlyList<StaffSurveyRow> Surveys, IReadOnlyList<string> Links)
{
    /// <summary>The page of content files and their state.</summary>
    public string ContentUrl { get; init; } = string.Empty;

    /// <summary>The page of people who signed up.</summary>
    public string PeopleUrl { get; init; } = string.Empty;

    /// <summary>The page of outcomes and email.</summary>
    public string OutcomesUrl { get; init; } = string.Empty;

    /// <summary>The moderation queue.</summary>
    public string QuotesUrl { get; init; } = string.Empty;

    /// <summary>The audit log.</summary>
    public string AuditUrl { get; init; } = string.Empty;
}

/// <summary>What the content files page (<c>Views/CoProWidgets/Staff/Content.cshtml</c>) shows.</summary>
/// <param name="Files">Every content file and its state.</param>
public sealed record StaffContentViewModel(IReadOnlyList<StaffContentRow> Files)
{
    /// <summary>The preview form.</summary>
    public string PreviewUrl { get; init; } = string.Empty;

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;
}

/// <summary>One staff action in the audit log.</summary>
/// <param name="At">When (UK time).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What, such as <c>response-entered</c>.</param>
/// <param name="Subject">What it was done to.</param>
/// <param name="Detail">Anything else recorded.</param>
public sealed record StaffAuditRow(string At, string Actor, string Action, string Subject, string? Detail);

/// <summary>What the audit log page (<c>Views/CoProWidgets/Staff/Audit.cshtml</c>) shows.</summary>
/// <param name="Entries">A page of entries, newest first.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Pages">How many pages there are.</param>
/// <param name="KeptDays">How many days entries are kept.</param>
public sealed record StaffAuditViewModel(IReadOnlyList<StaffAuditRow> Entries, int Page, int Pages, int KeptDays)
{
    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>This page, for the page links.</summary>
    public string PageUrl { get; init; } = string.Empty;
}
