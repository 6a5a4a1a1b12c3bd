using System.Net;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Every page of the sample, public and staff, in each state a visitor or staff member meets (empty, errors, done),
/// is valid HTML by the Nu Html Checker.
/// </summary>
public sealed class HtmlValidityTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("copro-html-").FullName;

    public HtmlValidityTests() => _site.Settings["urls"] = SampleTour.Urls;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EveryPageAndState_IsValidHtml()
    {
        var pages = await SampleTour.WalkAsync(_site);
        for (var i = 0; i < pages.Count; i++)
        {
            var (name, response) = pages[i];
            using (response)
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.SeeOther, $"{name}: {response.StatusCode}");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    await File.WriteAllTextAsync(Path.Combine(_folder, $"{i:00}-{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-')}.html"), await response.Content.ReadAsStringAsync());
                }
            }
        }

        Assert.True(Directory.GetFiles(_folder).Length >= 25, $"Only {Directory.GetFiles(_folder).Length} pages were saved.");
        var errors = await NuHtmlChecker.CheckAsync(_folder);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
