using System.Globalization;
using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// Making a kiosk link for a survey (<c>{prefix}/staff/surveys/{name}/kiosk</c>): the survey on a shared tablet at one
/// event, for at most <see cref="KioskLinks.MaxDays"/> days. Any member of staff may make one, as they may enter a
/// response given at an event; each link made is in the audit log. The link is shown once, on the page that answers
/// the form, and stored nowhere.
/// </summary>
internal static class StaffKioskPage
{
    public const string Route = "CoProWidgets.StaffKiosk";
    public const string EventField = "event";
    public const string DaysField = "days";
    private const string View = "~/Views/CoProWidgets/Staff/Kiosk.cshtml";

    public static void Map(RouteGroupBuilder staff)
    {
        var survey = StaffSurveyFilter.MapSurveyGroup(staff);
        survey.MapGet("/kiosk", (HttpContext context, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text) =>
            RenderAsync(context, links, pages, text, new StaffKioskViewModel { Name = string.Empty, Title = string.Empty, Errors = [] }, StatusCodes.Status200OK)).WithName(Route);
        survey.MapPost("/kiosk", CreateAsync).WithStaffForm();
    }

    private static async Task<IResult> CreateAsync(string name, HttpContext context, KioskLinks kiosks, AuditLog audit, SiteLinks links, StaffPages pages, IOptions<CoProWidgetsOptions> options, IStringLocalizer<StaffSurveysText> text)
    {
        var form = StaffForm.Of(context);
        var eventName = BoundedForm.Value(form, EventField)?.Trim() ?? string.Empty;
        var daysText = BoundedForm.Value(form, DaysField)?.Trim() ?? string.Empty;
        var errors = new List<FormError>();
        if (KioskEventName.Problem(eventName) is { } problem)
        {
            errors.Add(new(EventField, problem));
        }

        if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > KioskLinks.MaxDays)
        {
            errors.Add(new(DaysField, text["Kiosk.Error.Days", KioskLinks.MaxDays]));
        }

        var model = new StaffKioskViewModel { Name = name, Title = string.Empty, Errors = errors, EventName = eventName, Days = daysText };
        if (errors.Count > 0)
        {
            return await RenderAsync(context, links, pages, text, model, StatusCodes.Status400BadRequest);
        }

        var (token, link) = kiosks.Create(name, eventName, days);
        await audit.RecordAsync(context.User, AuditActions.KioskLinkMade, $"survey {name}", $"For the event \"{link.Event}\", until {StaffResponses.Time(link.Expires.UtcDateTime)}.", context.RequestAborted);
        var url = links.Absolute(SiteAddress.Of(context.Request, options.Value), KioskEndpoints.Route, new { token });
        return await RenderAsync(context, links, pages, text, model with { LinkUrl = url.ToString(), Expires = link.Expires }, StatusCodes.Status200OK);
    }

    private static Task<IResult> RenderAsync(HttpContext context, SiteLinks links, StaffPages pages, IStringLocalizer<StaffSurveysText> text, StaffKioskViewModel model, int status)
    {
        var survey = StaffSurveyFilter.Of(context);
        return pages.RenderAsync(
            context,
            View,
            model with
            {
                Name = survey.Name,
                Title = survey.Title,
                Action = links.Path(context, Route, new { name = survey.Name }),
                SurveyUrl = links.Path(context, StaffSurveyPage.Route, new { name = survey.Name }),
            },
            StaffTitles.Of(text, model.Errors, text["Kiosk.Title", survey.Title]),
            status);
    }
}

/// <summary>What the staff page for making a kiosk link (<c>Views/CoProWidgets/Staff/Kiosk.cshtml</c>) shows.</summary>
public sealed record StaffKioskViewModel
{
    /// <summary>The survey file's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Every problem with what was sent, for the error summary.</summary>
    public required IReadOnlyList<FormError> Errors { get; init; }

    /// <summary>The event's name as typed.</summary>
    public string EventName { get; init; } = string.Empty;

    /// <summary>How many days the link works, as typed. The default is 1.</summary>
    public string Days { get; init; } = "1";

    /// <summary>The link just made, or null before one is.</summary>
    public string? LinkUrl { get; init; }

    /// <summary>When the link just made stops working.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Where the form posts.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>The survey's staff page.</summary>
    public string SurveyUrl { get; init; } = string.Empty;
}
