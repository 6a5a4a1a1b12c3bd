using CoProWidgets.Testing;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The Easy Read layout in a real browser, with the sample's Easy Read principles in place of its standard ones: the
/// picture beside its words on a wide screen, above them on a phone, the pictures loaded, and nothing axe objects to.
/// </summary>
public sealed class EasyReadBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task PictureRows_SitBesideTheirWords_AndStackOnAPhone()
    {
        await using var easyRead = new SampleSiteFactory();
        easyRead.WriteContent("principles/our-principles.md", await File.ReadAllTextAsync(Path.Combine(easyRead.ContentPath, "principles", "our-principles.easy-read.md")));
        var address = BrowserSite.Start(easyRead);

        var (wide, wideProblems) = await site.NewPageAsync(width: 1280);
        await wide.GotoAsync(new Uri(address, "/").ToString());
        var (phone, phoneProblems) = await site.NewPageAsync(width: 375);
        await phone.GotoAsync(new Uri(address, "/").ToString());

        Assert.Equal(7, await wide.Locator(".copro-easyread").CountAsync());
        var (widePicture, wideText) = await BoxesAsync(wide);
        Assert.True(widePicture.X + widePicture.Width <= wideText.X, $"On a wide screen the picture ({widePicture.X}+{widePicture.Width}) is beside the words ({wideText.X}).");
        Assert.True(widePicture.Width < wideText.Width, "The picture takes less room than the words.");
        var (phonePicture, phoneText) = await BoxesAsync(phone);
        Assert.True(phonePicture.Y + phonePicture.Height <= phoneText.Y, $"On a phone the picture ({phonePicture.Y}+{phonePicture.Height}) is above the words ({phoneText.Y}).");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        Assert.True(await phone.Locator(".copro-easyread img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), $"The picture loaded: {string.Join("; ", phoneProblems)}");
        var size = await phone.Locator(".copro-easyread__text").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize) / parseFloat(getComputedStyle(p.closest('.copro')).fontSize)");
        Assert.InRange(size, 1.2, 1.3);
        await Accessibility.AssertNoViolationsAsync(phone, "section.copro-principles");
        Assert.Empty(wideProblems);
        Assert.Empty(phoneProblems);
    }

    private static async Task<(LocatorBoundingBoxResult Picture, LocatorBoundingBoxResult Text)> BoxesAsync(IPage page)
    {
        var row = page.Locator(".copro-easyread").First;
        return ((await row.Locator(".copro-easyread__picture").BoundingBoxAsync())!, (await row.Locator(".copro-easyread__text").BoundingBoxAsync())!);
    }
}
