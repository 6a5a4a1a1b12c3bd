using System.Globalization;
using AngleSharp.Dom;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// The staff content page and the preview in the language the host's request localisation chose: a broken file's
/// error in that language, with its file and line, while the log keeps the British English message.
/// </summary>
public sealed class StaffContentLanguageTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new(FixedTime.At("2026-12-01T12:00:00Z"));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("cy", "principles/ours.md:3: Nid yw'r layout 'spiral' yn hysbys. Defnyddiwch un o'r rhain: ")]
    [InlineData("pl", "principles/ours.md:3: Wartość 'spiral' pola layout jest nieznana. Proszę użyć jednej z wartości: ")]
    [InlineData("ur", "principles/ours.md:3: layout 'spiral' معلوم نہیں ہے۔ ان میں سے کوئی ایک استعمال کریں: ")]
    [InlineData("en-GB", "principles/ours.md:3: The layout 'spiral' is not known. Use one of: ")]
    public async Task ContentPage_InTheRequestsLanguage_ShowsTheErrorInIt_WithFileAndLine(string language, string expected)
    {
        _site.WriteContent("principles/ours.md", "---\ntitle: Ours\nlayout: spiral\n---\n## One\n");
        await StartAsync();

        var page = await GetAsync("/copro/staff/content", language);

        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th")!.TextContent, row => row.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains(expected, rows["principles/ours.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_InWelsh_ShowsTheErrorInWelsh_WithFileAndLine()
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("cy");
        var form = await (await staff.GetAsync(new Uri("/copro/staff/content/preview", UriKind.Relative))).ReadDocumentAsync();

        using var bad = await FormPost.From(form).Set("kind", "survey").Set("name", "s").Set("text", "---\ntitle: Changed\nthank-you: Thanks.\n---\n## Q\nid: q\ntype: yes-no\ncolour: red\n").PostAsync(staff);
        var alert = (await bad.ReadDocumentAsync()).QuerySelector("[role=alert]")?.TextContent;

        Assert.Contains("surveys/s.md:8: Nid yw 'colour' yn osodiad cwestiwn. Defnyddiwch: ", alert, StringComparison.Ordinal);
    }

    private async Task<IDocument> GetAsync(string path, string language)
    {
        using var staff = _site.Client("staff");
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await staff.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.ReadDocumentAsync();
    }

    private Task StartAsync() =>
        _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services =>
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.AddSingleton<IStartupFilter, RequestLanguage>();
        });

    /// <summary>The host's request localisation, ahead of the library's endpoints, as a site offering these languages sets it.</summary>
    private sealed class RequestLanguage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            CultureInfo[] cultures = [.. new[] { "en-GB", "cy", "pl", "ur" }.Select(CultureInfo.GetCultureInfo)];
            app.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture("en-GB"),
                SupportedCultures = cultures,
                SupportedUICultures = cultures,
            });
            next(app);
        };
    }
}
