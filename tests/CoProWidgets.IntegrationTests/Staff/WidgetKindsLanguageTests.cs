using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// The widget kinds' names as staff pages show them follow the request's language; the manifest the embed script
/// and the CMS plugins read is data, one file in British English whatever language is asked for.
/// </summary>
public sealed class WidgetKindsLanguageTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task InWelsh_TheStaffPagesNameTheKindsInWelsh()
    {
        await StartAsync();
        using var staff = _site.Client("staff");
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("cy");

        var widgets = await staff.GetDocumentAsync("/copro/staff/widgets");
        var preview = await staff.GetDocumentAsync("/copro/staff/content/preview");

        Assert.Contains("Arolwg", widgets.QuerySelectorAll("h2").Select(heading => heading.TextContent));
        Assert.Contains("Dywedoch chi, gwnaethom ni (canlyniadau)", widgets.QuerySelectorAll("h2").Select(heading => heading.TextContent));
        Assert.Contains("Arolwg (ffolder surveys)", preview.QuerySelectorAll("label").Select(label => label.TextContent));
    }

    [Fact]
    public async Task TheManifest_IsTheSameInEveryLanguage()
    {
        await StartAsync();
        using var english = _site.Client(null);
        using var welsh = _site.Client(null);
        welsh.DefaultRequestHeaders.AcceptLanguage.ParseAdd("cy");

        var inEnglish = await english.GetStringAsync(new Uri("/copro/widgets.json", UriKind.Relative));
        var inWelsh = await welsh.GetStringAsync(new Uri("/copro/widgets.json", UriKind.Relative));

        Assert.Equal(inEnglish, inWelsh);
        Assert.Contains("\"linkText\":\"Answer our survey\"", inWelsh, StringComparison.Ordinal);
        Assert.Contains("\"label\":\"Principles panel\"", inWelsh, StringComparison.Ordinal);
    }

    private Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", "---\ntitle: S\nthank-you: Thanks.\n---\n## Anything else?\nid: else\ntype: text\n");
        return _site.StartAsync(settings: [new("CoProWidgets:StaffPolicy", "Staff")], services: services =>
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.AddSingleton<IStartupFilter, LanguageFromRequest>();
        });
    }

    /// <summary>The request localisation a host sets up, choosing among the shipped languages by Accept-Language.</summary>
    private sealed class LanguageFromRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] cultures = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
            next(app);
        };
    }
}
