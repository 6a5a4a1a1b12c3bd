using System.Text.RegularExpressions;
using CoProWidgets.Testing;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>
/// The plugin's translations: every string of the template translated in each .po, and the compiled files (.mo, and
/// the block editor script's JSON) exactly what make-mo.sh makes of the .po files, so none is stale.
/// </summary>
public sealed partial class WordPressPluginFileTests
{
    private static string Languages => Path.Combine(WordPressSite.Plugin, "languages");

    [Theory]
    [InlineData("cy")]
    [InlineData("pl_PL")]
    [InlineData("ur")]
    public void EachTranslation_TranslatesEveryStringOfTheTemplate(string locale)
    {
        var template = Entries(Path.Combine(Languages, "coprowidgets.pot"));
        var translation = Entries(Path.Combine(Languages, $"coprowidgets-{locale}.po"));

        var missing = template.Keys.Where(id => !translation.TryGetValue(id, out var text) || text.Length == 0).ToList();
        Assert.True(missing.Count == 0, $"coprowidgets-{locale}.po does not translate: " + string.Join(" | ", missing));
        Assert.Empty(translation.Keys.Except(template.Keys));
        foreach (var (id, text) in translation)
        {
            Assert.Equal(Placeholders(id), Placeholders(text));
        }

        Assert.DoesNotContain("#, fuzzy", File.ReadAllText(Path.Combine(Languages, $"coprowidgets-{locale}.po")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompiledTranslations_AreWhatMakeMoMakesOfThePoFiles()
    {
        var fresh = Directory.CreateTempSubdirectory("copro-wp-mo-").FullName;
        try
        {
            await WordPressSite.RunAsync("bash", [Path.Combine(Repository.Root, "integrations", "wordpress", "make-mo.sh"), fresh]);
            var made = Directory.GetFiles(fresh).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var shipped = Directory.GetFiles(Languages).Select(Path.GetFileName).Where(name => name!.EndsWith(".mo", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(6, made.Count);
            Assert.Equal(made, shipped);
            foreach (var name in made)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(fresh, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Languages, name!))),
                    $"languages/{name} is not what integrations/wordpress/make-mo.sh makes of its .po: run it.");
            }
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    /// <summary>A .po or .pot file's translations by message, without the header.</summary>
    private static Dictionary<string, string> Entries(string file) =>
        Entry().Matches(File.ReadAllText(file))
            .Where(match => match.Groups[1].Value.Length > 0)
            .ToDictionary(match => Unescape(match.Groups[1].Value), match => Unescape(match.Groups[2].Value), StringComparer.Ordinal);

    private static string Unescape(string quoted) => quoted.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("""^msgid "(.*)"\nmsgstr "(.*)"$""", RegexOptions.Multiline)]
    private static partial Regex Entry();

    [GeneratedRegex("""%(?:\d\$)?[sd]""")]
    private static partial Regex Placeholder();
}
