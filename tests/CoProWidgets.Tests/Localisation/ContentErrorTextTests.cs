using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CoProWidgets.Content;
using CoProWidgets.Localisation;

namespace CoProWidgets.Tests.Localisation;

/// <summary>
/// Every content error the parsers can give is a key in its folder's <c>*ErrorText.resx</c>, shown in each shipped
/// language with every placeholder filled, while <see cref="ContentError.Message"/> stays British English for logs.
/// </summary>
public sealed partial class ContentErrorTextTests
{
    private static readonly Type[] s_markers =
        [.. typeof(ContentError).Assembly.GetTypes().Where(type => type.Name.EndsWith("ErrorText", StringComparison.Ordinal)).OrderBy(type => type.FullName, StringComparer.Ordinal)];

    [Fact]
    public void Markers_AreFoundInEveryFolderWithParsers()
    {
        Assert.Equal(
            ["ContentErrorText", "GetInvolvedErrorText", "OutcomeErrorText", "PrinciplesErrorText", "SurveyErrorText"],
            s_markers.Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("pl")]
    [InlineData("ur")]
    public void EveryMessage_InAShippedLanguage_IsTranslated_WithEveryPlaceholderFilled(string language)
    {
        var problems = new List<string>();
        foreach (var marker in s_markers)
        {
            foreach (var (key, english) in Keys(marker))
            {
                var arguments = Enumerable.Range(0, Placeholders(english)).Select(index => (object?)$"«argument {index}»").ToArray();
                var message = new ContentMessage(marker, key, arguments);
                using var scope = CultureScope.Use(language);
                var shown = message.Localised();
                if (shown == message.English || Unfilled().IsMatch(shown) || arguments.Any(argument => !shown.Contains((string)argument!, StringComparison.Ordinal)))
                {
                    problems.Add($"{marker.Name} {key}: {shown}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryKeyTheCodeNames_IsInItsResourceFile_AndEveryKeyIsUsed()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "CoProWidgets"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        var problems = new List<string>();
        foreach (var marker in s_markers)
        {
            var keys = Keys(marker).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
            var areas = keys.Select(key => key[..key.IndexOf('.', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
            var named = sources.Where(source => source.Contains(marker.Name + ".Of(", StringComparison.Ordinal))
                .SelectMany(source => KeyLiteral().Matches(source).Select(match => match.Groups["key"].Value))
                .Where(key => areas.Contains(key[..key.IndexOf('.', StringComparison.Ordinal)]))
                .ToHashSet(StringComparer.Ordinal);
            problems.AddRange(named.Except(keys).Select(key => $"{marker.Name}.resx lacks {key}"));
            problems.AddRange(keys.Except(named).Select(key => $"{marker.Name}.resx has {key}, which no code names"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Message_ForAKeyNotInTheResourceFile_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => ContentErrorText.Of("No.Such.Key"));
    }

    private static List<(string Key, string English)> Keys(Type marker)
    {
        var name = marker.Assembly.GetName().Name!;
        var resources = new ResourceManager($"{name}.Resources.{marker.FullName![(name.Length + 1)..]}", marker.Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{marker.Name} has no resource file.");
        return [.. set.Cast<DictionaryEntry>().Select(entry => ((string)entry.Key, (string)entry.Value!))];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoProWidgets.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CoProWidgets.sln) is not above the test's folder.");
    }

    private static int Placeholders(string format) =>
        Placeholder().Matches(format).Select(match => int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Unfilled();

    [GeneratedRegex(@"""(?<key>[A-Z][A-Za-z]*(\.[A-Z][A-Za-z]*)+)""")]
    private static partial Regex KeyLiteral();
}
