using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The moderation queue of what people said (<c>{prefix}/staff/quotes</c>) and each decision on a quote; under the
/// moderation policy. The rules of a decision are <see cref="StaffQuotes"/>'; this page only maps and renders them.
/// </summary>
internal static class StaffQuotesPage
{
    public const string Route = "CoProWidgets.StaffQuotes";
    public const string DecideRoute = "CoProWidgets.StaffDecideQuote";
    private const string View = "~/Views/CoProWidgets/Staff/Quotes.cshtml";

    public static void Map(RouteGroupBuilder staff, CoProWidgetsOptions options)
    {
        staff.MapGet("/quotes", (string? status, HttpContext context, StaffQuotes quotes, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text) =>
            ShowAsync(context, status, quotes, links, pages, text, model => model with { Decided = context.Request.Query["decided"].FirstOrDefault() is "approve" or "reject" or "delete" ? context.Request.Query["decided"].ToString() : null }))
            .WithName(Route).AlsoRequire(options.ModerationPolicy);
        staff.MapPost("/quotes/{id:guid}", DecideAsync).WithStaffForm(64 * 1024).WithName(DecideRoute).AlsoRequire(options.ModerationPolicy);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string? status, StaffQuotes quotes, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text, Func<StaffQuotesViewModel, StaffQuotesViewModel> with, int code = StatusCodes.Status200OK)
    {
        var model = with(await quotes.ReadAsync(status, context.RequestAborted));
        model = model with
        {
            PageUrl = links.Path(context, Route),
            OverviewUrl = links.Path(context, StaffOverviewPage.Route),
            DecideUrls = model.Quotes.ToDictionary(quote => quote.Id, quote => links.Path(context, DecideRoute, new { id = quote.Id })),
        };
        return await pages.RenderAsync(context, View, model, StaffTitles.Of(text, "Quotes.Title", model.Errors), code);
    }

    private static async Task<IResult> DecideAsync(Guid id, HttpContext context, StaffQuotes quotes, SiteLinks links, StaffPages pages, IStringLocalizer<StaffText> text)
    {
        var form = StaffForm.Of(context);
        var (found, errors, quote) = await quotes.DecideAsync(context.User, id, form, context.RequestAborted);
        if (!found)
        {
            return await pages.NotFoundAsync(context);
        }

        if (errors.Count > 0)
        {
            // The quote with its problems, first on the page, whatever its status.
            return await ShowAsync(context, "pending", quotes, links, pages, text, model => model with { Errors = errors, Quotes = [quote!, .. model.Quotes.Where(other => other.Id != id)] }, StatusCodes.Status400BadRequest);
        }

        var decided = BoundedForm.Value(form, "action") switch { "approve" => "approve", "delete" => "delete", _ => "reject" };
        return FormRedirect.SeeOther(context, links.Path(context, Route, new { decided }));
    }
}
