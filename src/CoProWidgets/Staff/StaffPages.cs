using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Safeguarding;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// Renders the staff workspace's pages in the staff layout (the library's own unless the host chose
/// <see cref="CoProWidgetsOptions.StaffLayout"/>), with the workspace's navigation limited to what the signed-in
/// member of staff may use.
/// </summary>
internal sealed class StaffPages(LibraryPageRenderer pages, StaffAccess access, SiteLinks links, IOptions<CoProWidgetsOptions> options, IStringLocalizer<StaffText> text)
{
    /// <summary>The library's own staff layout: no script, so nothing but the library sees what staff read.</summary>
    public const string OwnLayout = "~/Views/CoProWidgets/Staff/_StaffLayout.cshtml";

    public async Task<IResult> RenderAsync(HttpContext context, string viewPath, object? model, string title, int statusCode = StatusCodes.Status200OK) =>
        await pages.RenderAsync(context, viewPath, model, title, statusCode, await ViewDataAsync(context));

    public async Task<IResult> NotFoundAsync(HttpContext context) =>
        await pages.NotFoundAsync(context, await ViewDataAsync(context));

    private async Task<Dictionary<string, object?>> ViewDataAsync(HttpContext context)
    {
        var may = await access.ReadAsync(context);
        var here = $"{context.Request.PathBase}{context.Request.Path}";
        var navigation = new List<StaffNavigationLink>();
        void Add(string key, string route)
        {
            var url = links.Path(context, route);
            navigation.Add(new StaffNavigationLink(text[key], url, string.Equals(url, here, StringComparison.Ordinal)));
        }

        Add("Navigation.Overview", StaffOverviewPage.Route);
        if (may.People)
        {
            Add("Navigation.People", StaffPeoplePage.Route);
        }

        if (may.Moderation)
        {
            Add("Navigation.Quotes", StaffQuotesPage.Route);
        }

        if (may.Moderation)
        {
            Add("Navigation.Safeguarding", SafeguardingQueue.PageRoute);
        }

        Add("Navigation.Outcomes", StaffOutcomesPage.Route);
        Add("Navigation.Content", StaffContentPage.Route);
        Add("Navigation.Audit", StaffAuditPage.Route);
        return new()
        {
            [LibraryPageRenderer.LayoutKey] = options.Value.StaffLayout ?? OwnLayout,
            [StaffNavigationLink.ViewDataKey] = navigation,
        };
    }
}

/// <summary>
/// One link of the staff workspace's navigation, which the staff layout lists; only the pages the signed-in member of
/// staff may use are listed.
/// </summary>
/// <param name="Text">The link's text.</param>
/// <param name="Url">Its address.</param>
/// <param name="Current">Whether it is the page shown.</param>
public sealed record StaffNavigationLink(string Text, string Url, bool Current)
{
    /// <summary>The key of the list of links (<c>IReadOnlyList&lt;StaffNavigationLink&gt;</c>) in a staff page's ViewData.</summary>
    public const string ViewDataKey = "CoProWidgets.StaffNavigation";
}
