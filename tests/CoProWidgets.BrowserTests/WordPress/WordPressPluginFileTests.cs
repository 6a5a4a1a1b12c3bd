using System.Text.RegularExpressions;

namespace CoProWidgets.BrowserTests.WordPress;

/// <summary>The WordPress plugin's files: PHP that parses, and every translatable string in the translators' template.</summary>
public sealed partial class WordPressPluginFileTests
{
    [Fact]
    public async Task EveryPhpFileOfThePlugin_PassesPhpLint()
    {
        var files = Directory.EnumerateFiles(WordPressSite.Plugin, "*.php", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 7, $"Only {files.Count} PHP files found.");
        foreach (var file in files)
        {
            Assert.StartsWith("No syntax errors detected", await WordPressSite.RunAsync(WordPressSite.Php, ["-l", file]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryTranslatableString_IsInTheTranslationTemplate()
    {
        var template = File.ReadAllText(Path.Combine(WordPressSite.Plugin, "languages", "coprowidgets.pot"));
        var inTemplate = MsgId().Matches(template).Select(match => match.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var translatable = Directory.EnumerateFiles(WordPressSite.Plugin, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".php", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal))
            .SelectMany(file => Translatable().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value.Replace("\\'", "'", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(translatable.Count > 30, $"Only {translatable.Count} translatable strings found.");
        var missing = translatable.Except(inTemplate).ToList();
        Assert.True(missing.Count == 0, "Run integrations/wordpress/make-pot.sh: the template lacks " + string.Join(" | ", missing));
    }

    [GeneratedRegex("""(?:\b__|\b_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'coprowidgets'""")]
    private static partial Regex Translatable();

    [GeneratedRegex("""^msgid "(.+)"$""", RegexOptions.Multiline)]
    private static partial Regex MsgId();
}
