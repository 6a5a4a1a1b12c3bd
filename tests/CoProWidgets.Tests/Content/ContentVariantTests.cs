using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Content;

/// <summary>
/// The store picks one variant of a content file for the request's language and format, the same way for every
/// widget: the exact language tag, then the language without its region, then the default file; Easy Read before
/// the standard format within each language.
/// </summary>
public sealed class ContentVariantTests : IDisposable
{
    private const string Path = "principles/p.md";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("cy", "standard", "principles/p.cy.md")]
    [InlineData("cy-GB", "standard", "principles/p.cy.md")]
    [InlineData("ur", "standard", "principles/p.md")]
    [InlineData("en-GB", "standard", "principles/p.md")]
    [InlineData("en-GB", "easy-read", "principles/p.easy-read.md")]
    [InlineData("cy", "easy-read", "principles/p.cy.easy-read.md")]
    [InlineData("pl", "easy-read", "principles/p.pl.md")]
    public void Get_ForALanguageAndFormat_PicksTheBestVariantThereIs(string language, string format, string expected)
    {
        foreach (var file in new[] { Path, "principles/p.cy.md", "principles/p.pl.md", "principles/p.easy-read.md", "principles/p.cy.easy-read.md" })
        {
            _content.Write(file, file);
        }

        Assert.Equal(expected, Read(language, ContentVariant.ParseFormat(format)!.Value));
    }

    [Fact]
    public void Get_ForALanguageTheSiteDoesNotOffer_ServesTheDefaultFile()
    {
        using var content = new TestContent(new CoProWidgetsOptions { Languages = { "en-GB", "cy" } });
        content.Write(Path, Path);
        content.Write("principles/p.fr.md", "principles/p.fr.md");

        Assert.Equal(Path, Text(content.Store, "fr", ContentFormat.Standard));
    }

    [Fact]
    public async Task Get_AfterAVariantIsAdded_ServesItAndFiresTheDefaultsChanges()
    {
        _content.Write(Path, Path);
        var before = Snapshot(_content.Store, "cy", ContentFormat.Standard);
        Assert.Equal(Path, before.Value);

        _content.Write("principles/p.cy.md", "principles/p.cy.md");

        await ContentStoreEventually.Until(() => before.Changes.HasChanged && Read("cy", ContentFormat.Standard) == "principles/p.cy.md");
    }

    [Theory]
    [InlineData("p.cy.md", "cy", "standard")]
    [InlineData("p.ur-PK.md", "ur-PK", "standard")]
    [InlineData("p.easy-read.md", null, "easy-read")]
    [InlineData("p.cy.easy-read.md", "cy", "easy-read")]
    public void ParseFileName_OfAVariant_ReadsItsLanguageAndFormat(string fileName, string? language, string format) =>
        Assert.Equal(new ContentVariantFile(language, ContentVariant.ParseFormat(format)!.Value), ContentVariant.ParseFileName("p", fileName));

    [Theory]
    [InlineData("p.md")]
    [InlineData("p.not-a-language-at-all.md")]
    [InlineData("p.cy.ur.md")]
    [InlineData("pp.cy.md")]
    [InlineData("p.cy.txt")]
    public void ParseFileName_OfAnythingElse_IsNotAVariant(string fileName) =>
        Assert.Null(ContentVariant.ParseFileName("p", fileName));

    [Fact]
    public void ContentName_OfAVariantsFileName_IsNotValid_SoAVariantIsNeverListedAsAFileOfItsOwn() =>
        Assert.False(ContentName.IsValid("having-a-say.cy"));

    private string? Read(string language, ContentFormat format) => Text(_content.Store, language, format);

    private static string? Text(ContentStore store, string language, ContentFormat format) => Snapshot(store, language, format).Value;

    private static ContentSnapshot<string> Snapshot(ContentStore store, string language, ContentFormat format)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            using var scope = ContentVariant.Use(format);
            return store.Get(Path, file => file.Text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}

/// <summary>Waits, a bounded time, for a file change the store watches to be seen.</summary>
internal static class ContentStoreEventually
{
    public static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
