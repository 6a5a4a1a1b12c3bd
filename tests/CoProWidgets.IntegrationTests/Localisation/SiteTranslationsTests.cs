using System.Globalization;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.IntegrationTests.Localisation;

/// <summary>
/// A site adds its own language, or its own wording of a shipped one, with resource files in its own assembly
/// (this test assembly's Resources/CoProWidgets/Rendering/PageText.fr.resx and PageText.cy.resx) and one call.
/// </summary>
public sealed class SiteTranslationsTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("fr", "Page introuvable", "Il n'y a rien à cette adresse.")]
    [InlineData("fr-FR", "Page introuvable", "Il n'y a rien à cette adresse.")]
    [InlineData("cy", "Tudalen ar goll", "Does dim byd yn y cyfeiriad hwn.")]
    [InlineData("pl", "Nie znaleziono strony", "Pod tym adresem nic nie ma.")]
    [InlineData("en-GB", "Page not found", "There is nothing at this address.")]
    public async Task SitesOwnTranslations_ComeFirst_AndTheLibrarysFillTheRest(string culture, string title, string body)
    {
        await _site.StartAsync(services: services => new CoProWidgetsBuilder(services).AddTranslations(typeof(SiteTranslationsTests).Assembly));
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var localizer = _site.Services.GetRequiredService<IStringLocalizer<PageText>>();
            Assert.Equal(title, localizer["NotFound.Title"].Value);
            Assert.StartsWith(body, localizer["NotFound.Body"].Value, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public async Task WithoutTheCall_TheSitesFilesAreNotRead()
    {
        await _site.StartAsync();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            Assert.Equal("Page not found", _site.Services.GetRequiredService<IStringLocalizer<PageText>>()["NotFound.Title"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
