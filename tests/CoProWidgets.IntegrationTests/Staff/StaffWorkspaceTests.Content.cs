using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Audit;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>The content files page and the preview of a content file.</summary>
public sealed partial class StaffWorkspaceTests
{
    [Fact]
    public async Task ContentPage_ShowsEachFileGoodOrBroken_WithFileAndLine()
    {
        _site.WriteContent("principles/ours.md", "---\ntitle: Ours\nlayout: spiral\n---\n## One\n");
        await StartAsync();

        var overview = await (await GetAsync("/copro/staff", "staff")).ReadDocumentAsync();
        Assert.Equal("/copro/staff/content", overview.QuerySelectorAll(".copro-staff nav a").Single(link => link.TextContent.StartsWith("Content", StringComparison.Ordinal)).GetAttribute("href"));
        using var response = await GetAsync("/copro/staff/content", "staff");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 of 2 content files has a problem.", page.QuerySelector(".copro-staff__count")?.TextContent);
        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("Good", rows["surveys/s.md"]);
        Assert.Contains("principles/ours.md:3: The layout 'spiral' is not known.", rows["principles/ours.md"], StringComparison.Ordinal);
        Assert.Contains("Visitors see nothing in its place. Broken since 1 December 2026, 12:00.", rows["principles/ours.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsTheWidgetFromPastedText_OrItsError_WithoutPublishingIt()
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        var form = await (await staff.GetAsync(new Uri("/copro/staff/content/preview", UriKind.Relative))).ReadDocumentAsync();

        using var good = await FormPost.From(form).Set("kind", "principles").Set("name", "ours").Set("text", "---\ntitle: How we work together\nlayout: numbered\n---\n## Equal say\n\nEveryone's view counts.\n").PostAsync(staff);
        var goodPage = await good.ReadDocumentAsync();
        using var bad = await FormPost.From(form).Set("kind", "survey").Set("name", "s").Set("text", "---\ntitle: Changed\nresults: sometimes\n---\n").PostAsync(staff);
        var badPage = await bad.ReadDocumentAsync();
        using var empty = await FormPost.From(form).PostAsync(staff);
        var emptyPage = await empty.ReadDocumentAsync();
        using var published = await staff.GetAsync(new Uri("/copro/principles/ours", UriKind.Relative));
        var survey = await (await staff.GetAsync(new Uri("/copro/surveys/s", UriKind.Relative))).ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("How we work together", goodPage.QuerySelector(".copro-staff__preview h3")?.TextContent);
        Assert.Contains("Everyone's view counts.", goodPage.QuerySelector(".copro-staff__preview")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("surveys/s.md:3:", badPage.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(badPage.QuerySelector(".copro-staff__preview"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(2, emptyPage.QuerySelectorAll(".copro-error-summary a").Length);
        Assert.All(emptyPage.QuerySelectorAll(".copro-error-summary a"), link => Assert.NotNull(emptyPage.GetElementById(link.GetAttribute("href")![1..])));
        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
        Assert.Equal("Having a say", survey.QuerySelector("h1, h2")?.TextContent);
    }

    [Fact]
    public async Task Preview_UploadsAFile_AndIsRefusedWithoutAntiforgery()
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        var form = await (await staff.GetAsync(new Uri("/copro/staff/content/preview", UriKind.Relative))).ReadDocumentAsync();
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("principles"), "kind" },
            { new StringContent("uploaded"), "name" },
            { new ByteArrayContent("---\ntitle: From a file\nlayout: numbered\n---\n## One\n"u8.ToArray()), "file", "uploaded.md" },
        };
        using var uploaded = await staff.PostAsync(new Uri("/copro/staff/content/preview", UriKind.Relative), upload);
        using var noToken = await staff.PostAsync(new Uri("/copro/staff/content/preview", UriKind.Relative), new FormUrlEncodedContent([new("kind", "principles"), new("name", "x"), new("text", "---\ntitle: X\n---\n")]));

        Assert.Equal("From a file", (await uploaded.ReadDocumentAsync()).QuerySelector(".copro-staff__preview h3")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }
}
