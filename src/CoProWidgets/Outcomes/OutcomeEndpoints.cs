using System.Globalization;
using System.Text;
using System.Xml;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Outcomes;

/// <summary>
/// Outcomes on pages of their own (every outcome, and each one), and the Atom feed at
/// <c>{prefix}/outcomes/feed.atom</c> for feed readers and other sites.
/// </summary>
internal static class OutcomeEndpoints
{
    public const int FeedEntries = 50;
    public const string ListRoute = "CoProWidgets.Outcomes";
    public const string FeedRoute = "CoProWidgets.OutcomesFeed";
    public const string OutcomeRoute = "CoProWidgets.Outcome";
    private const string OutcomesView = "~/Views/CoProWidgets/Outcomes/Outcomes.cshtml";
    private const string OutcomeView = "~/Views/CoProWidgets/Outcomes/Outcome.cshtml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // The feed's one entry in the widget cache.
    private static readonly WidgetKey s_feedKey = new("OutcomesFeed", WidgetArguments.None, null, string.Empty, string.Empty, false);

    public static void Map(RouteGroupBuilder group, OutcomesWidget widget, IStringLocalizer<OutcomesText> text)
    {
        group.MapGet("/outcomes", (Delegate)((HttpContext context) => WidgetPages.ShowAsync(context, widget, null, OutcomesView, null, text["Title"].Value)))
            .WithName(ListRoute);
        group.MapGet("/outcomes/feed.atom", WriteFeedAsync).WithName(FeedRoute);
        group.MapGet("/outcomes/{name}", (string name, HttpContext context, SiteLinks links) =>
                WidgetPages.ShowAsync(context, widget, name, OutcomeView, new OutcomePage(name, links.Path(context, ListRoute)), text["NotFound"].Value))
            .WithName(OutcomeRoute);
    }

    /// <summary>
    /// RFC 4287 Atom: the newest outcomes, each updated on the latest day its content speaks of (its date, status date or
    /// latest progress step). Links
    /// are absolute, from <see cref="CoProWidgetsOptions.SiteUrl"/> or else the request.
    /// </summary>
    private static async Task<IResult> WriteFeedAsync(HttpContext context, OutcomeProvider outcomes, WidgetCache cache, SiteLinks links, IOptions<CoProWidgetsOptions> options, IStringLocalizer<OutcomesText> text)
    {
        var site = SiteAddress.Of(context.Request, options.Value);
        var items = outcomes.All().Take(FeedEntries).ToList();

        // The same outcomes and the same address make the same bytes: made once, then served. One entry, whatever the
        // address, so a made-up Host header cannot fill the cache; one per language, whose words it has.
        WidgetSources sources = new([], [site, .. items]);
        var key = s_feedKey with { Language = LanguageTag.Current };
        if (!cache.TryGet<byte[]>(key, sources, out var feed))
        {
            feed = await RenderFeedAsync(site, items, links, text);
            cache.Set(key, sources, feed);
        }

        return Results.Bytes(feed, "application/atom+xml; charset=utf-8");
    }

    private static async Task<byte[]> RenderFeedAsync(Uri site, List<CheckedOutcome> items, SiteLinks links, IStringLocalizer<OutcomesText> text)
    {
        // From the content (its latest step or status date), so every server and every restart says the same.
        static DateTimeOffset Updated(Outcome outcome) => UkClock.Midnight(outcome.ContentDate);

        var feedUrl = links.Absolute(site, FeedRoute);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, settings))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, text["Title"].Value);
            xml.WriteElementString("subtitle", AtomNamespace, text["Feed.Subtitle"].Value);
            xml.WriteElementString("id", AtomNamespace, feedUrl.AbsoluteUri);
            Link(xml, "self", feedUrl, "application/atom+xml");
            Link(xml, "alternate", links.Absolute(site, ListRoute), "text/html");
            xml.WriteElementString("updated", AtomNamespace, Time(items.Count == 0 ? UkClock.Midnight(new DateOnly(2026, 1, 1)) : items.Max(item => Updated(item.Outcome))));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Host);
            xml.WriteElementString("uri", AtomNamespace, site.AbsoluteUri);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var outcome = item.Outcome;
                var page = links.Absolute(site, OutcomeRoute, new { name = outcome.Name });
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, outcome.Title);
                xml.WriteElementString("id", AtomNamespace, page.AbsoluteUri);
                Link(xml, "alternate", page, "text/html");
                xml.WriteElementString("published", AtomNamespace, Time(UkClock.Midnight(outcome.Date)));
                xml.WriteElementString("updated", AtomNamespace, Time(Updated(outcome)));
                Category(xml, "status:" + OutcomeText.Id(outcome.Status), OutcomeText.Label(outcome.Status, text));
                foreach (var area in outcome.Areas)
                {
                    Category(xml, "area:" + area, null);
                }

                xml.WriteElementString("summary", AtomNamespace, OutcomeText.Latest(outcome, text) is { } latest
                    ? text["Feed.SummaryLatest", OutcomeText.Label(outcome.Status, text), outcome.Summary, latest].Value
                    : text["Feed.Summary", OutcomeText.Label(outcome.Status, text), outcome.Summary].Value);
                xml.WriteStartElement("content", AtomNamespace);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(Content(outcome, text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }

        return buffer.ToArray();
    }

    /// <summary>The entry's sections as HTML: fixed headings around HTML that has already been sanitized.</summary>
    private static string Content(Outcome outcome, IStringLocalizer<OutcomesText> text)
    {
        var html = new StringBuilder();
        foreach (var section in Enum.GetValues<OutcomeSection>())
        {
            if (outcome.Section(section, 1) is { } body)
            {
                html.Append("<h2>").Append(System.Net.WebUtility.HtmlEncode(OutcomeText.Heading(section, text))).Append("</h2>");
                using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
                body.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
            }
        }

        return html.ToString();
    }

    private static void Link(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    private static void Category(XmlWriter xml, string term, string? label)
    {
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", term);
        if (label is not null)
        {
            xml.WriteAttributeString("label", label);
        }

        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>What an outcome's own page (<c>Views/CoProWidgets/Outcomes/Outcome.cshtml</c>) shows.</summary>
/// <param name="Name">The outcome file's name, without <c>.md</c>.</param>
/// <param name="OutcomesUrl">The page listing every outcome.</param>
public sealed record OutcomePage(string Name, string OutcomesUrl);
