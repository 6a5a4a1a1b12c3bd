using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// A survey's responses (<c>{prefix}/staff/surveys/{name}/responses</c>), a page at a time, filtered, and the exports
/// of the responses the same filters match. Under the moderation policy, as it shows what people wrote; an export
/// holds what people wrote, so it needs the people policy too.
/// </summary>
internal static class StaffResponsesPage
{
    public const string Route = "CoProWidgets.StaffResponses";
    public const string CsvRoute = "CoProWidgets.StaffResponsesCsv";
    public const string JsonRoute = "CoProWidgets.StaffResponsesJson";
    private const string View = "~/Views/CoProWidgets/Staff/Responses.cshtml";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        var survey = StaffSurveyFilter.MapSurveyGroup(staff);
        survey.MapGet("/responses", ShowAsync).WithName(Route).AlsoRequire(options.ModerationPolicy);
        survey.MapPost("/responses", SearchAsync).WithStaffForm().AlsoRequire(options.ModerationPolicy);
        survey.MapPost("/responses.csv", (HttpContext context, StaffExports exports) => ExportAsync(context, (survey, filter) => exports.WriteCsvAsync(context, survey, filter)))
            .WithStaffForm().WithName(CsvRoute).AlsoRequire(options.ModerationPolicy).AlsoRequire(options.PeoplePolicy);
        survey.MapPost("/responses.json", (HttpContext context, StaffExports exports) => ExportAsync(context, (survey, filter) => exports.WriteJsonAsync(context, survey, filter)))
            .WithStaffForm().WithName(JsonRoute).AlsoRequire(options.ModerationPolicy).AlsoRequire(options.PeoplePolicy);
    }

    /// <summary>The responses page by its address: filters by group, channel, answer, language and concern; never by words.</summary>
    private static Task<IResult> ShowAsync(string name, string? group, string? channel, string? answer, string? concerns, string? language, string? done, int? page, HttpContext context, StaffResponses responses, StaffAccess access, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text) =>
        RenderAsync(name, StaffResponseFilter.Read(StaffSurveyFilter.Of(context), responses.Offered, group, channel, answer, search: null, concerns, language), page ?? 1, done, context, responses, access, links, pages, text);

    /// <summary>
    /// The responses page for posted filters, words among them: the words stay out of every address and log, and the
    /// audit records that words were searched for, not which.
    /// </summary>
    private static async Task<IResult> SearchAsync(string name, HttpContext context, StaffResponses responses, StaffAccess access, AuditLog audit, CoProDbContextFactory contexts, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var filter = PostedFilter(context);
        if (filter.Search is not null)
        {
            await using var db = contexts.Create();
            audit.Add(db, context.User, AuditActions.ResponsesSearched, $"survey {name}", filter.Describe());
            await db.SaveChangesAsync(context.RequestAborted);
        }

        return await RenderAsync(name, filter, 1, null, context, responses, access, links, pages, text);
    }

    /// <summary>An export of the responses the posted filters match; the form carries the antiforgery token, since each download is audited.</summary>
    private static async Task<IResult> ExportAsync(HttpContext context, Func<SurveyDefinition, StaffResponseFilter, Task> write)
    {
        await write(StaffSurveyFilter.Of(context), PostedFilter(context));
        return Results.Empty;
    }

    private static StaffResponseFilter PostedFilter(HttpContext context)
    {
        var form = StaffForm.Of(context);
        string? Field(string field) => BoundedForm.Value(form, field);
        var offered = context.RequestServices.GetRequiredService<StaffResponses>().Offered;
        return StaffResponseFilter.Read(StaffSurveyFilter.Of(context), offered, Field("group"), Field("channel"), Field("answer"), Field("q"), Field("concerns"), Field(StaffResponseFilter.LanguageParameter));
    }

    /// <summary>The responses page; <paramref name="done"/> names what it follows (an action, or an action refused).</summary>
    private static async Task<IResult> RenderAsync(string name, StaffResponseFilter filter, int page, string? done, HttpContext context, StaffResponses responses, StaffAccess access, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text)
    {
        var survey = StaffSurveyFilter.Of(context);
        var read = await responses.ReadAsync(survey, filter, page, context.RequestAborted);
        var may = await access.ReadAsync(context);
        var model = read with
        {
            ExcludeUrls = read.Responses.ToDictionary(response => response.Id, response => links.Path(context, StaffResponseEndpoints.ExcludeRoute, new { name, id = response.Id })),
            Actions = read.Responses.ToDictionary(response => response.Id, response => StaffResponseEndpoints.Actions(context, links, name, response.Id, may.People)),
            Notice = StaffResponseEndpoints.Notice(done, text),
            Errors = StaffResponseEndpoints.Problem(done, text) is { } problem ? [problem] : [],
        };
        model = model with
        {
            SurveyUrl = links.Path(context, StaffSurveyPage.Route, new { name }),
            PageUrl = links.Path(context, Route, new { name }),
            CsvUrl = may.People ? links.Path(context, CsvRoute, new { name }) : string.Empty,
            JustExcluded = context.Request.Query["excluded"] == "1",
            JsonUrl = may.People ? links.Path(context, JsonRoute, new { name }) : string.Empty,
        };
        return await pages.RenderAsync(context, View, model, StaffTitles.Of(text, model.Errors, text["Responses.Title", survey.Title]));
    }
}
