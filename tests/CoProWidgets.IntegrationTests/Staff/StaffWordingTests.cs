using System.Globalization;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.TestHost;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>The staff pages as read: the chart shows its first and last dates whole, and counts agree with their verbs.</summary>
public sealed class StaffWordingTests : IAsyncDisposable
{
    private const string Survey = "---\ntitle: Having a say\nthank-you: Thanks.\n---\n## I have a say in my care\nid: say\ntype: agreement\n";

    // The chart's labels are 12px text; no digit or letter of it is wider than this.
    private const double WidestCharacter = 8;

    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task SurveyChart_EveryDateLabel_LiesWithinTheChart_AndOverlapsNoOther()
    {
        await StartAsync();

        var page = await (await GetAsync("/copro/staff/surveys/s")).ReadDocumentAsync();
        var chart = page.QuerySelector("svg.copro-chart")!;
        var width = double.Parse(chart.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var labels = chart.QuerySelectorAll("text[text-anchor]").Select(text =>
        {
            var x = double.Parse(text.GetAttribute("x")!, CultureInfo.InvariantCulture);
            var extent = text.TextContent.Length * WidestCharacter;
            var left = text.GetAttribute("text-anchor") switch { "start" => x, "end" => x - extent, _ => x - (extent / 2) };
            return (Text: text.TextContent, Left: left, Right: left + extent);
        }).ToList();

        Assert.Equal("4 Nov", labels[0].Text);
        Assert.Equal("1 Dec", labels[^1].Text);
        Assert.All(labels, label => Assert.True(label.Left >= 0 && label.Right <= width, $"'{label.Text}' runs from {label.Left} to {label.Right}, outside 0 to {width}."));
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.First.Right <= pair.Second.Left, $"'{pair.First.Text}' overlaps '{pair.Second.Text}'."));
    }

    [Theory]
    [InlineData(1, "1 of 3 content files has a problem.")]
    [InlineData(2, "2 of 3 content files have a problem.")]
    public async Task ContentPage_CountOfBrokenFiles_AgreesWithItsVerb(int broken, string expected)
    {
        for (var i = 0; i < 2; i++)
        {
            _site.WriteContent($"principles/p{i}.md", i < broken ? "---\ntitle: P\nlayout: spiral\n---\n## One\n" : "---\ntitle: P\nlayout: cards\n---\n## One\n");
        }

        await StartAsync();

        var page = await (await GetAsync("/copro/staff/content")).ReadDocumentAsync();

        Assert.Equal(expected, page.QuerySelector(".copro-staff__count")?.TextContent);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(HeaderAuthentication.Header, "staff");
        return await _site.App.GetTestClient().SendAsync(request);
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", Survey);
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services => HeaderAuthentication.AddTo(services, "Staff"));
    }
}
