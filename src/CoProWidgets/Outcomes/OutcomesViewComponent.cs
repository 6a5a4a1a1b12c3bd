using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Outcomes;

/// <summary>
/// The "you said, we did" feed as a view component: <c>@await Component.InvokeAsync("CoProOutcomes")</c>. Its view is
/// <c>Views/Shared/Components/CoProOutcomes/Default.cshtml</c>; a host overrides it by placing a file at that path.
/// Filters and pages are plain links and a GET form, so they work without JavaScript and can be bookmarked.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class OutcomesViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProOutcomes</c>.</summary>
    public const string ComponentName = "CoProOutcomes";

    private const int MaxKeptParameters = 20;

    /// <summary>Renders every outcome in <c>outcomes/</c>, newest first, a page at a time.</summary>
    /// <param name="headingLevel">The level of the title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    /// <param name="pageSize">How many outcomes a page shows, 1 to 100; by default <see cref="CoProOutcomesOptions.PageSize"/>.</param>
    public IViewComponentResult Invoke([Range(1, 5)] int? headingLevel = null, [Range(1, 100)] int? pageSize = null)
    {
        var options = Options;
        var provider = Service<OutcomeProvider>();
        var all = provider.All();
        var labels = OutcomeAreas.Labels(Service<GetInvolvedProvider>());
        var text = Service<IStringLocalizer<OutcomesText>>();
        var query = Request.Query;

        // Areas in get-involved.md's order, then any others outcomes use; a value that is neither is no filter.
        var areaIds = labels.Keys.Concat(all.SelectMany(item => item.Outcome.Areas)).Distinct(StringComparer.Ordinal).ToList();
        var area = query[OutcomesViewModel.AreaParameter].ToString() is var a && areaIds.Contains(a) ? a : null;
        var status = OutcomeText.Parse(query[OutcomesViewModel.StatusParameter].ToString());
        var matching = all.Where(item => (area is null || item.Outcome.Areas.Contains(area)) && (status is null || item.Outcome.Status == status)).ToList();

        var size = Math.Clamp(pageSize ?? options.Outcomes.PageSize, 1, 100);
        var pageCount = Math.Max(1, (matching.Count + size - 1) / size);
        var page = int.TryParse(query[OutcomesViewModel.PageParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, pageCount) : 1;

        var path = $"{Request.PathBase}{Request.Path}";
        var kept = query
            .Where(pair => pair.Key is not (OutcomesViewModel.AreaParameter or OutcomesViewModel.StatusParameter or OutcomesViewModel.PageParameter))
            .Take(MaxKeptParameters)
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? string.Empty)))
            .ToList();
        string PageLink(int n)
        {
            var parameters = new List<KeyValuePair<string, StringValues>>(kept.Select(pair => new KeyValuePair<string, StringValues>(pair.Key, pair.Value)));
            if (area is not null)
            {
                parameters.Add(new(OutcomesViewModel.AreaParameter, area));
            }

            if (status is { } s)
            {
                parameters.Add(new(OutcomesViewModel.StatusParameter, OutcomeText.Id(s)));
            }

            if (n > 1)
            {
                parameters.Add(new(OutcomesViewModel.PageParameter, n.ToString(CultureInfo.InvariantCulture)));
            }

            return QueryHelpers.AddQueryString(path, parameters);
        }

        var showErrors = ShowErrors;
        var id = NextId();
        var level = HeadingLevel(headingLevel);
        OutcomesViewModel Model() => new()
        {
            Id = id,
            HeadingLevel = level,
            Items = matching.Skip((page - 1) * size).Take(size).Select(item => new OutcomeSummary
            {
                Name = item.Outcome.Name,
                Title = item.Outcome.Title,
                Url = Link(OutcomeEndpoints.OutcomeRoute, new { name = item.Outcome.Name }),
                Date = item.Outcome.Date,
                StatusId = OutcomeText.Id(item.Outcome.Status),
                Status = OutcomeText.Label(item.Outcome.Status, text),
                Areas = OutcomeAreas.Describe(item.Outcome.Areas, labels),
                Summary = item.Outcome.Summary,
                LatestStep = OutcomeText.Latest(item.Outcome, text),
                Warnings = showErrors ? item.Warnings : [],
            }).ToList(),
            Matching = matching.Count,
            Total = all.Count,
            PageNumber = page,
            Pages = pageCount == 1 ? [] : Enumerable.Range(1, pageCount).Select(n => new OutcomesPageLink(n, PageLink(n), n == page)).ToList(),
            Areas = areaIds.Select(areaId => new OutcomesFilterOption(areaId, labels.GetValueOrDefault(areaId) ?? areaId, areaId == area)).ToList(),
            Statuses = Enum.GetValues<OutcomeStatus>().Select(s => new OutcomesFilterOption(OutcomeText.Id(s), OutcomeText.Label(s, text), s == status)).ToList(),
            PageUrl = QueryHelpers.AddQueryString(path, kept.Select(pair => new KeyValuePair<string, StringValues>(pair.Key, pair.Value))),
            KeptQuery = kept,
            FeedUrl = Link(OutcomeEndpoints.FeedRoute),
            ContentErrors = showErrors ? provider.Names().Select(name => provider.Get(name).Error).OfType<ContentError>().ToList() : [],
        };

        // Kept per filter and page, from the outcomes and the area labels it shows; not with other query parameters
        // (a host's own, carried into every link) or with errors shown, which change without the outcomes changing;
        // and for the paths used most recently, since its links carry the page's.
        if (kept.Count > 0 || showErrors)
        {
            return Widget(Model());
        }

        var variant = $"{size}|{area}|{(status is { } s ? OutcomeText.Id(s) : null)}|{page}";
        return CachedWidget(id, [OutcomeAreas.Source(Service<GetInvolvedProvider>()), .. all], Model, variant, path);
    }
}
