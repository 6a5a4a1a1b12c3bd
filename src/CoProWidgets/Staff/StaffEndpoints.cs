using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// The staff workspace at <c>{prefix}/staff</c>, in the host's layout, for the users the host's
/// <see cref="CoProWidgetsOptions.StaffPolicy"/> allows; it does not exist without that policy. Its pages are never
/// cached and never indexed.
/// </summary>
internal static class StaffEndpoints
{
    public const string OverviewRoute = "CoProWidgets.Staff";
    public const string SurveyRoute = "CoProWidgets.StaffSurvey";
    public const string ResponsesRoute = "CoProWidgets.StaffResponses";
    public const string ContentRoute = "CoProWidgets.StaffContent";
    public const string EnterRoute = "CoProWidgets.StaffEnter";
    public const string ResponsesCsvRoute = "CoProWidgets.StaffResponsesCsv";
    public const string ResponsesJsonRoute = "CoProWidgets.StaffResponsesJson";
    private const string EnterView = "~/Views/CoProWidgets/Staff/Enter.cshtml";
    private const string ContentView = "~/Views/CoProWidgets/Staff/Content.cshtml";
    private const string ResponsesView = "~/Views/CoProWidgets/Staff/Responses.cshtml";
    private const string OverviewView = "~/Views/CoProWidgets/Staff/Index.cshtml";
    private const string SurveyView = "~/Views/CoProWidgets/Staff/Survey.cshtml";

    public static void Map(RouteGroupBuilder group, string policy)
    {
        var staff = group.MapGroup("/staff").RequireAuthorization(policy);
        staff.AddEndpointFilter(static async (invocation, next) =>
        {
            var headers = invocation.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["X-Robots-Tag"] = "noindex";
            return await next(invocation);
        });
        staff.MapGet("/", ShowOverviewAsync).WithName(OverviewRoute);
        staff.MapGet("/surveys/{name}", ShowSurveyAsync).WithName(SurveyRoute);
        staff.MapGet("/surveys/{name}/responses", ShowResponsesAsync).WithName(ResponsesRoute);
        staff.MapGet("/surveys/{name}/responses.csv", (string name, string? group, string? channel, string? answer, string? q, HttpContext context, SurveyProvider surveys, StaffExports exports) =>
            Export(name, surveys, survey => exports.WriteCsvAsync(context, survey, StaffResponseFilter.Read(survey, group, channel, answer, q)))).WithName(ResponsesCsvRoute);
        staff.MapGet("/surveys/{name}/responses.json", (string name, string? group, string? channel, string? answer, string? q, HttpContext context, SurveyProvider surveys, StaffExports exports) =>
            Export(name, surveys, survey => exports.WriteJsonAsync(context, survey, StaffResponseFilter.Read(survey, group, channel, answer, q)))).WithName(ResponsesJsonRoute);
        staff.MapGet("/surveys/{name}/enter", ShowEntryAsync).WithName(EnterRoute);
        staff.MapPost("/surveys/{name}/enter", EnterAsync).DisableAntiforgery();
        staff.MapGet("/content", (HttpContext context, StaffContent content, LibraryPageRenderer pages) => pages.RenderAsync(context, ContentView, content.Files(), "Content files"))
            .WithName(ContentRoute);
    }

    private static async Task<IResult> ShowOverviewAsync(HttpContext context, StaffOverview overview, SiteLinks links, LibraryPageRenderer pages)
    {
        var rows = await overview.SurveysAsync(context.RequestAborted);
        var model = new StaffOverviewViewModel(rows, rows.Select(row => links.Path(context, SurveyRoute, new { name = row.Name })).ToList())
        {
            ContentUrl = links.Path(context, ContentRoute),
        };
        return await pages.RenderAsync(context, OverviewView, model, "Staff workspace");
    }

    private static async Task<IResult> Export(string name, SurveyProvider surveys, Func<SurveyDefinition, Task> write)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return Results.NotFound();
        }

        await write(survey);
        return Results.Empty;
    }

    private static async Task<IResult> ShowEntryAsync(string name, HttpContext context, SurveyProvider surveys, StaffEntry entry, SiteLinks links, LibraryPageRenderer pages)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var model = entry.Show(survey, SurveyAnswers.Empty, null, [], SurveyService.NewKey());
        return await RenderEntryAsync(context, model, links, pages, StatusCodes.Status200OK);
    }

    /// <summary>Stores a response staff entered, then shows the survey's page; or shows the form again with its problems.</summary>
    private static async Task<IResult> EnterAsync(string name, HttpContext context, SurveyProvider surveys, StaffEntry entry, SiteLinks links, LibraryPageRenderer pages)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
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

    private static Task<IResult> RenderEntryAsync(HttpContext context, StaffEntryViewModel model, SiteLinks links, LibraryPageRenderer pages, int status) =>
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

    private static async Task<IResult> ShowSurveyAsync(string name, HttpContext context, SurveyProvider surveys, StaffOverview overview, SiteLinks links, LibraryPageRenderer pages, IOptions<CoProWidgetsOptions> options)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var model = await overview.SurveyAsync(survey, options.Value.Results.SuppressBelow, context.RequestAborted) with
        {
            OverviewUrl = links.Path(context, OverviewRoute),
            ResponsesUrl = links.Path(context, ResponsesRoute, new { name }),
            EnterUrl = links.Path(context, EnterRoute, new { name }),
            Entered = context.Request.Query["entered"] == "1",
        };
        return await pages.RenderAsync(context, SurveyView, model, $"Staff: {survey.Title}");
    }

    /// <summary>A survey's responses, a page at a time, filtered by respondent group and by words in written answers.</summary>
    private static async Task<IResult> ShowResponsesAsync(string name, string? group, string? channel, string? answer, string? q, int? page, HttpContext context, SurveyProvider surveys, StaffResponses responses, SiteLinks links, LibraryPageRenderer pages)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return await pages.NotFoundAsync(context);
        }

        var model = await responses.ReadAsync(survey, StaffResponseFilter.Read(survey, group, channel, answer, q), page ?? 1, context.RequestAborted) with
        {
            SurveyUrl = links.Path(context, SurveyRoute, new { name }),
            PageUrl = links.Path(context, ResponsesRoute, new { name }),
            CsvUrl = links.Path(context, ResponsesCsvRoute, new { name }),
            JsonUrl = links.Path(context, ResponsesJsonRoute, new { name }),
        };
        return await pages.RenderAsync(context, ResponsesView, model, $"Responses: {survey.Title}");
    }
}

/// <summary>What the staff workspace's first page (<c>Views/CoProWidgets/Staff/Index.cshtml</c>) shows.</summary>
/// <param name="Surveys">Every survey, by title.</param>
/// <param name="Links">Each survey's staff page, in the same order.</param>
public sealed record StaffOverviewViewModel(IReadOnlyList<StaffSurveyRow> Surveys, IReadOnlyList<string> Links)
{
    /// <summary>The page of content files and their state.</summary>
    public string ContentUrl { get; init; } = string.Empty;
}
