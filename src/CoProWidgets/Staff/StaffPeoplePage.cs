using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The people who signed up (<c>{prefix}/staff/people</c>): how many, finding one by address, their data to download
/// (a subject access request) or erase, and the export of confirmed sign-ups. Everything here names people, so it all
/// needs the people policy.
/// </summary>
internal static class StaffPeoplePage
{
    public const string Route = "CoProWidgets.StaffPeople";
    public const string FindRoute = "CoProWidgets.StaffFindPerson";
    public const string DownloadRoute = "CoProWidgets.StaffDownloadPerson";
    public const string EraseRoute = "CoProWidgets.StaffErasePerson";
    public const string SignUpsExportRoute = "CoProWidgets.SignUpExport";
    private const string View = "~/Views/CoProWidgets/Staff/People.cshtml";

    /// <summary>Maps the page under <paramref name="staff"/>, and the export at its older address under <paramref name="site"/>.</summary>
    public static void Map(RouteGroupBuilder staff, RouteGroupBuilder site, CoProWidgetsOptions options)
    {
        staff.MapGet("/people", (HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text) =>
            ShowAsync(context, people, links, pages, text, model => model with { Erased = context.Request.Query["erased"] == "1" })).WithName(Route).AlsoRequire(options.PeoplePolicy);
        staff.MapPost("/people/find", FindAsync).WithStaffForm().WithName(FindRoute).AlsoRequire(options.PeoplePolicy);
        staff.MapPost("/people/{id:guid}/download", DownloadAsync).WithStaffForm().WithName(DownloadRoute).AlsoRequire(options.PeoplePolicy);
        staff.MapPost("/people/{id:guid}/erase", EraseAsync).WithStaffForm().WithName(EraseRoute).AlsoRequire(options.PeoplePolicy);
        site.MapPost("/get-involved/sign-ups.csv", SignUpExport.WriteAsync).WithStaffForm().WithName(SignUpsExportRoute).AlsoRequire(options.PeoplePolicy);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text, Func<StaffPeopleViewModel, StaffPeopleViewModel> with, int status = StatusCodes.Status200OK)
    {
        var model = with(await people.CountAsync(context.RequestAborted));
        model = model with
        {
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
            FindUrl = links.Path(context, FindRoute),
            SignUpsExportUrl = links.Path(context, SignUpsExportRoute),
            DownloadUrl = model.Person is { } person ? links.Path(context, DownloadRoute, new { id = person.Id }) : string.Empty,
            EraseUrl = model.Person is { } found ? links.Path(context, EraseRoute, new { id = found.Id }) : string.Empty,
        };
        return await pages.RenderAsync(context, View, model, StaffTitles.Of(text, "People.Title", model.Errors), status);
    }

    private static async Task<IResult> FindAsync(HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        var email = BoundedForm.Value(StaffForm.Of(context), StaffPeople.EmailField);
        var (errors, person) = await people.FindAsync(context.User, email, context.RequestAborted);
        return await ShowAsync(context, people, links, pages, text, model => model with { Searched = true, Email = email, Person = person, Errors = errors }, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, StaffPeople people, StaffPages pages) =>
        await people.DownloadAsync(context, id) ? Results.Empty : await pages.NotFoundAsync(context);

    private static async Task<IResult> EraseAsync(Guid id, HttpContext context, StaffPeople people, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        if (BoundedForm.Value(StaffForm.Of(context), StaffPeople.ConfirmField) != "yes")
        {
            var person = await people.FindAsync(id, context.RequestAborted);
            if (person is null)
            {
                return await pages.NotFoundAsync(context);
            }

            FormError error = new(StaffPeople.ConfirmField, text["People.Errors.ConfirmMissing"]);
            return await ShowAsync(context, people, links, pages, text, model => model with { Searched = true, Person = person, Errors = [error] }, StatusCodes.Status400BadRequest);
        }

        // Erased already (a second click, or another member of staff) is the same outcome: they are gone.
        await people.EraseAsync(context.User, id, context.RequestAborted);
        return FormRedirect.SeeOther(context, links.Path(context, Route, new { erased = 1 }));
    }
}
