using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CoProWidgets.Content;

/// <summary>
/// A paragraph of <c>key: value</c> lines in a Markdown body (a survey question's settings), each remembered with its
/// file line, read with the same values and messages as front matter (<see cref="ContentValues"/>).
/// </summary>
internal sealed partial class SettingLines
{
    private readonly ContentFile _file;
    private readonly Dictionary<string, (string Value, int Line)> _settings;

    private SettingLines(ContentFile file, int line, Dictionary<string, (string Value, int Line)> settings)
    {
        _file = file;
        Line = line;
        _settings = settings;
    }

    /// <summary>The line the settings are about (the heading above them), for a setting that is missing.</summary>
    public int Line { get; }

    public static SettingLines None(ContentFile file, int line) => new(file, line, new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether every line of the paragraph is a <c>key: value</c> line.</summary>
    public static bool Are(ContentFile file, ParagraphBlock paragraph) =>
        Source(file, paragraph).Split('\n').All(line => Setting().IsMatch(line.Trim()));

    /// <summary>Reads the settings of a paragraph for which <see cref="Are"/> is true; unknown or repeated keys are errors.</summary>
    public static SettingLines Read(ContentFile file, ParagraphBlock paragraph, int line, IReadOnlyCollection<string> known, Func<string, string, ContentMessage> unknown)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(paragraph);
        var settings = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var lines = Source(file, paragraph).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = paragraph.Line + 1 + i;
            var match = Setting().Match(lines[i].Trim());
            var key = match.Groups["key"].Value;
            if (!known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw file.Error(at, unknown(key, string.Join(", ", known)));
            }

            if (!settings.TryAdd(key, (match.Groups["value"].Value.Trim(), at)))
            {
                throw file.Error(at, ContentErrorText.Of("Setting.Duplicate", key));
            }
        }

        return new SettingLines(file, line, settings);
    }

    /// <summary>Reads one <c>id: label</c> line (a list item's text); null when it is not one.</summary>
    public static (string Key, string Value)? Pair(string text) =>
        Setting().Match(text) is { Success: true } match ? (match.Groups["key"].Value, match.Groups["value"].Value.Trim()) : null;

    /// <summary>A block's text as written (Markdig lets go of a paragraph's lines once it has parsed them).</summary>
    public static string Source(ContentFile file, Block block)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(block);
        return file.Text.Substring(block.Span.Start, block.Span.Length).Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    public bool Has(string key) => _settings.ContainsKey(key);

    public int LineOf(string key) => _settings.TryGetValue(key, out var setting) ? setting.Line : Line;

    public string? Get(string key) => _settings.TryGetValue(key, out var setting) ? setting.Value : null;

    public string Require(string key, Func<string, ContentMessage> missing) =>
        _settings.TryGetValue(key, out var setting) && setting.Value.Length > 0
            ? setting.Value
            : throw _file.Error(Line, missing(key));

    public bool? GetYesNo(string key) => Get(key) is { } text ? ContentValues.YesNo(_file, LineOf(key), key, text) : null;

    public TEnum RequireChoice<TEnum>(string key, Func<string, ContentMessage> missing)
        where TEnum : struct, Enum => ContentValues.Choice<TEnum>(_file, LineOf(key), key, Require(key, missing));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null when the key is absent.</summary>
    public int? GetNumber(string key, int min, int max)
    {
        if (Get(key) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw _file.Error(LineOf(key), ContentErrorText.Of("Setting.Number", key, min, max));
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+):\s*(?<value>.*)$")]
    private static partial Regex Setting();
}
