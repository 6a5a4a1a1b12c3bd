using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace CoProWidgets.IntegrationTests.Outcomes;

/// <summary>The outcomes feed, each outcome's page and the Atom feed, from outcome files in a content folder.</summary>
public sealed class OutcomeFeedTests : IAsyncDisposable
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private TestDatabase? _database;
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task Feed_ListsNewestFirst_TenToAPage_WithLinksToEveryPage()
    {
        await StartAsync(12);

        var first = await Client.GetDocumentAsync("/copro/outcomes");
        Assert.Equal("12 outcomes, page 1 of 2.", first.QuerySelector(".copro-outcomes__count")?.TextContent.Trim());
        var titles = first.QuerySelectorAll(".copro-outcomes__item-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"Outcome {i}"), titles);
        Assert.Equal("/copro/outcomes/o12", first.QuerySelector(".copro-outcomes__item-title a")?.GetAttribute("href"));
        Assert.Equal("Page 1", first.QuerySelector(".copro-pagination a[aria-current=page]")?.TextContent);
        Assert.Equal("/copro/outcomes?copro-page=2", first.QuerySelector(".copro-pagination a[rel=next]")?.GetAttribute("href"));

        var second = await Client.GetDocumentAsync("/copro/outcomes?copro-page=2");
        Assert.Equal(["Outcome 2", "Outcome 1"], second.QuerySelectorAll(".copro-outcomes__item-title a").Select(a => a.TextContent));
        Assert.Equal("/copro/outcomes", second.QuerySelector(".copro-pagination a[rel=prev]")?.GetAttribute("href"));

        // A page past the end shows the last page; nonsense shows the first.
        Assert.Equal(2, (await Client.GetDocumentAsync("/copro/outcomes?copro-page=99")).QuerySelectorAll(".copro-outcomes__item").Length);
        Assert.Equal(10, (await Client.GetDocumentAsync("/copro/outcomes?copro-page=-1")).QuerySelectorAll(".copro-outcomes__item").Length);
    }

    [Fact]
    public async Task Feed_FiltersByAreaAndStatus_KeepingTheFiltersInThePageLinks()
    {
        await StartAsync(12);

        var carersDone = await Client.GetDocumentAsync("/copro/outcomes?copro-area=carers&copro-status=done");
        Assert.Equal("4 outcomes about Support for carers with the status Done.", carersDone.QuerySelector(".copro-outcomes__count")?.TextContent.Trim().Split('\n')[0].Trim());
        Assert.All(carersDone.QuerySelectorAll(".copro-outcomes__meta"), meta =>
        {
            Assert.Contains("Done", meta.TextContent, StringComparison.Ordinal);
            Assert.Contains("Support for carers", meta.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("carers", carersDone.QuerySelector("select[name=copro-area] option[selected]")?.GetAttribute("value"));
        Assert.Equal("/copro/outcomes", carersDone.QuerySelector(".copro-outcomes__count a")?.GetAttribute("href"));

        var listening = await Client.GetDocumentAsync("/copro/outcomes?copro-status=listening&copro-page=1");
        Assert.Equal("No outcomes match these filters.", listening.QuerySelector(".copro-outcomes__count")?.TextContent.Trim().Split('\n')[0].Trim());

        // Unknown filter values are no filter at all.
        var unknown = await Client.GetDocumentAsync("/copro/outcomes?copro-area=%3Cscript%3E&copro-status=nope");
        Assert.Equal("12 outcomes, page 1 of 2.", unknown.QuerySelector(".copro-outcomes__count")?.TextContent.Trim());
    }

    [Fact]
    public async Task PageLinks_KeepTheFiltersAndTheHostPagesOwnQuery()
    {
        await StartAsync(12, pageSize: 3);

        var page = await Client.GetDocumentAsync("/copro/outcomes?copro-area=gp-access&lang=cy");

        Assert.Equal("/copro/outcomes?lang=cy&copro-area=gp-access&copro-page=2", page.QuerySelector(".copro-pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("cy", page.QuerySelector(".copro-outcomes__filters input[type=hidden][name=lang]")?.GetAttribute("value"));
        Assert.Equal(3, page.QuerySelectorAll(".copro-pagination a[aria-current]").Length + page.QuerySelectorAll(".copro-pagination a:not([aria-current]):not([rel])").Length);
    }

    [Fact]
    public async Task OutcomePage_ShowsEachSectionAndTheFacts_AndAMissingOneIsNotFound()
    {
        await StartAsync(1);

        var page = await Client.GetDocumentAsync("/copro/outcomes/o1");
        Assert.Equal("Outcome 1", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["You said", "We did", "What happens next"], page.QuerySelectorAll(".copro-outcome__section-title").Select(h => h.TextContent));
        Assert.Equal("h2", page.QuerySelector(".copro-outcome__section-title")?.LocalName);
        var facts = page.QuerySelectorAll(".copro-outcome__facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Done", facts["Status"]);
        Assert.Equal("1 October 2026", facts["Published"]);
        Assert.Equal("Support for carers", facts["About"]);
        Assert.Equal("New carers", facts["Who it affects"]);
        Assert.Equal("/carers", page.QuerySelector(".copro-outcome__links a")?.GetAttribute("href"));
        Assert.Equal("/copro/outcomes", page.QuerySelector(".copro-outcome__all a")?.GetAttribute("href"));

        using var missing = await Client.GetAsync(new Uri("/copro/outcomes/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AtomFeed_IsValidAtom_WithAnEntryPerOutcome()
    {
        await StartAsync(3);

        using var response = await Client.GetAsync(new Uri("/copro/outcomes/feed.atom", UriKind.Relative));
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        // RFC 4287 4.1.1: a feed has exactly one id, title and updated, an author (as no entry has one) and a self link.
        Assert.Equal(s_atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Elements(s_atom + required));
        }

        Assert.Equal("https://www.example.org/copro/outcomes/feed.atom", feed.Elements(s_atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.True(Uri.IsWellFormedUriString(feed.Element(s_atom + "id")!.Value, UriKind.Absolute));
        var entries = feed.Elements(s_atom + "entry").ToList();
        Assert.Equal(["Outcome 3", "Outcome 2", "Outcome 1"], entries.Select(e => e.Element(s_atom + "title")?.Value));
        foreach (var entry in entries)
        {
            // 4.1.2: exactly one id, title and updated; an alternate link, since content is not text only.
            foreach (var required in new[] { "id", "title", "updated", "summary", "content" })
            {
                Assert.Single(entry.Elements(s_atom + required));
            }

            Assert.Single(entry.Elements(s_atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(DateTimeOffset.TryParseExact(entry.Element(s_atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
            Assert.Equal("html", entry.Element(s_atom + "content")!.Attribute("type")?.Value);
            Assert.DoesNotContain("<script", entry.Element(s_atom + "content")!.Value, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, entries.Select(e => e.Element(s_atom + "id")!.Value).Distinct().Count());
        Assert.Equal("https://www.example.org/copro/outcomes/o3", entries[0].Element(s_atom + "id")!.Value);
        // Midnight on 3 October in the UK, during British Summer Time.
        Assert.Equal("2026-10-02T23:00:00Z", entries[0].Element(s_atom + "published")!.Value);
        Assert.Contains(entries[0].Elements(s_atom + "category"), c => (string?)c.Attribute("term") == "status:planned");
    }

    [Fact]
    public async Task Checklist_ShowsWhatAnOutcomeDoesNotSay_WhereContentErrorsAreShown()
    {
        await StartAsync(0);
        WriteOutcome("thin", "title: Thin\ndate: 2026-10-01\nstatus: planned\nareas: [carers]", "## You said\n\nA.");

        var page = await Client.GetDocumentAsync("/copro/outcomes/thin");

        var warnings = page.QuerySelectorAll(".copro-content-error li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.StartsWith("It does not say what changed", warnings[0], StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".copro-outcomes__item, .copro-content-error"));
    }

    private HttpClient Client => _app!.GetTestClient();

    private void WriteOutcome(string name, string frontMatter, string body)
    {
        Directory.CreateDirectory(Path.Combine(_content, "outcomes"));
        File.WriteAllText(Path.Combine(_content, "outcomes", name + ".md"), $"---\n{frontMatter}\n---\n{body}\n");
    }

    /// <summary>Outcomes o1..oN, dated 1 October onwards; every third is about carers and done, the rest GP access and planned.</summary>
    private async Task StartAsync(int outcomes, int? pageSize = null)
    {
        await File.WriteAllTextAsync(Path.Combine(_content, "get-involved.md"), "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: We keep your details.\nareas:\n  gp-access: GP access\n  carers: Support for carers\n---\nTake part.\n");
        for (var i = 1; i <= outcomes; i++)
        {
            var carers = i % 3 == 1;
            WriteOutcome($"o{i}", $"title: Outcome {i}\ndate: 2026-10-{i:00}\nstatus: {(carers ? "done" : "planned")}\nareas: [{(carers ? "carers" : "gp-access")}]\naffects: New carers\nwhen: Now\nmore: /carers",
                "## You said\n\nA.\n\n## We did\n\nB.\n\n## What happens next\n\nC.");
        }

        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:SiteUrl"] = "https://www.example.org/",
            ["CoProWidgets:ShowContentErrors"] = "true",
        };
        if (pageSize is { } size)
        {
            settings["CoProWidgets:Outcomes:PageSize"] = size.ToString(CultureInfo.InvariantCulture);
        }

        _app = await LibraryHost.StartAsync(settings);
    }
}
