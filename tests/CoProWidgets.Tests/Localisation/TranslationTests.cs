using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Tests.Localisation;

/// <summary>
/// Every resource file of the library has a translation in every shipped language, with the same keys, the same
/// placeholders and no empty value; and the translations reach a page through ASP.NET Core localisation.
/// </summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in NeutralFiles())
        {
            foreach (var language in ShippedLanguages.Translations)
            {
                data.Add(Path.GetRelativePath(ResourcesFolder, file), language);
            }
        }

        return data;
    }

    [Fact]
    public void ResourcesFolder_HoldsTheLibrarysWords()
    {
        Assert.NotEmpty(NeutralFiles());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryKey_HasATranslation_WithTheSamePlaceholders(string file, string language)
    {
        var neutral = Read(Path.Combine(ResourcesFolder, file));
        var path = Path.Combine(ResourcesFolder, Path.ChangeExtension(file, null) + "." + language + ".resx");
        Assert.True(File.Exists(path), $"{file} has no {language} translation ({path}).");
        var translated = Read(path);

        var missing = neutral.Keys.Except(translated.Keys).ToList();
        var extra = translated.Keys.Except(neutral.Keys).ToList();
        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{language} has keys English does not: {string.Join(", ", extra)}");
        foreach (var (key, value) in neutral)
        {
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{language} {key} is empty.");
            Assert.True(
                Placeholders(value).SetEquals(Placeholders(translated[key])),
                $"{language} {key} has placeholders {string.Join(" ", Placeholders(translated[key]))}; English has {string.Join(" ", Placeholders(value))}.");
        }
    }

    [Theory]
    [InlineData("cy", "Heb ddod o hyd i'r dudalen")]
    [InlineData("pl", "Nie znaleziono strony")]
    [InlineData("ur", "صفحہ نہیں ملا")]
    [InlineData("en-GB", "Page not found")]
    [InlineData("fr", "Page not found")]
    public void Localizer_FindsTheTranslation_ThroughAspNetCoreLocalisation(string culture, string expected)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "HostResources").BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<PageText>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var text = localizer["NotFound.Title"];
            Assert.False(text.ResourceNotFound, text.SearchedLocation);
            Assert.Equal(expected, text.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string ResourcesFolder => Path.Combine(Root(), "src", "CoProWidgets", "Resources");

    private static List<string> NeutralFiles() =>
        Directory.EnumerateFiles(ResourcesFolder, "*.resx", SearchOption.AllDirectories)
            .Where(file => !CultureSuffix().IsMatch(Path.GetFileNameWithoutExtension(file)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? string.Empty);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoProWidgets.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CoProWidgets.sln) is not above the test's folder.");
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.[a-z]{2,3}(-[A-Za-z0-9]+)*$")]
    private static partial Regex CultureSuffix();
}
