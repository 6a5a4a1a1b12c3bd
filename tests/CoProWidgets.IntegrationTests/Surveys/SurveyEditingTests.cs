using CoProWidgets.Testing;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>An editor copies the sample survey, changes it, and sees it without a restart; a broken edit is not served.</summary>
public sealed class SurveyEditingTests : IDisposable
{
    private readonly SampleSiteFactory _factory = new() { EnvironmentName = "Production" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CopiedAndEditedSurvey_ShowsWithoutARestart_AndABrokenEditKeepsTheLastGoodVersion()
    {
        var client = _factory.CreateClient();
        await client.GetDocumentAsync("/copro/surveys/having-a-say");
        var sample = File.ReadAllText(Path.Combine(_factory.ContentPath, "surveys", "having-a-say.md"));
        var copy = sample
            .Replace("title: Having a say in your care", "title: Getting a GP appointment", StringComparison.Ordinal)
            .Replace("I feel I have a say in how my care or support is planned", "I can get a GP appointment when I need one", StringComparison.Ordinal);

        _factory.WriteContent("surveys/gp-appointments.md", copy);

        await HttpClientExtensions.Eventually(async () =>
        {
            using var response = await client.GetAsync(new Uri("/copro/surveys/gp-appointments", UriKind.Relative));
            return response.IsSuccessStatusCode;
        });
        var page = await client.GetDocumentAsync("/copro/surveys/gp-appointments");
        Assert.Equal("Getting a GP appointment", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("I can get a GP appointment when I need one", page.QuerySelector("legend")?.TextContent);

        _factory.WriteContent("surveys/gp-appointments.md", copy.Replace("type: agreement", "type: slider", StringComparison.Ordinal));

        await HttpClientExtensions.Eventually(async () =>
        {
            page = await client.GetDocumentAsync("/copro/surveys/gp-appointments");
            return _factory.Logs.Entries.Any(entry => entry.Level == LogLevel.Error && entry.Message.Contains("surveys/gp-appointments.md:", StringComparison.Ordinal));
        });
        Assert.Contains(_factory.Logs.Entries, entry => entry.Message.Contains("The type 'slider' is not known", StringComparison.Ordinal));
        Assert.Equal("I can get a GP appointment when I need one", page.QuerySelector("legend")?.TextContent);
        Assert.Null(page.QuerySelector(".copro-content-error"));
    }
}
