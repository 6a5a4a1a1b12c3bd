using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoProWidgets.Content;

/// <summary>
/// The YAML front matter of a content file: a flat mapping of field names to values, each remembered with the
/// file line it was written on so that every complaint can name it.
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly ContentFile _file;
    private readonly Dictionary<string, (YamlNode Node, int Line)> _fields;

    private FrontMatter(ContentFile file, int line, Dictionary<string, (YamlNode, int)> fields)
    {
        _file = file;
        Line = line;
        _fields = fields;
    }

    /// <summary>The 1-based line of the opening <c>---</c>, or 1 when the file has no front matter.</summary>
    public int Line { get; }

    public IEnumerable<string> Keys => _fields.Keys;

    public static FrontMatter Empty(ContentFile file) => new(file, 1, new(StringComparer.Ordinal));

    /// <summary>Parses YAML whose first line is line <paramref name="firstLine"/> (1-based) of the file.</summary>
    public static FrontMatter Parse(ContentFile file, string yaml, int firstLine)
    {
        var lines = yaml.Split('\n');
        var lastLine = firstLine + Math.Max(0, lines.Length - 1);
        for (var i = 0; i < lines.Length; i++)
        {
            // YAML forbids tabs for indentation and its own message for them is hard to act on.
            if (lines[i].StartsWith('\t'))
            {
                throw file.Error(firstLine + i, ContentErrorText.Of("FrontMatter.Tab"));
            }
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var index = (int)Math.Max(0, ex.Start.Line - 1);
            var line = Math.Min(lastLine, firstLine + index);
            if (index < lines.Length && UnquotedColon().Match(lines[index].TrimEnd('\r')) is { Success: true } slip)
            {
                // The commonest slip of all (a title such as "Pharmacies: your views"), in YAML's words "mapping values".
                var key = slip.Groups["key"].Value;
                throw file.Error(line, ContentErrorText.Of("FrontMatter.UnquotedColon", key, slip.Groups["value"].Value.Trim().Replace("\"", "\\\"", StringComparison.Ordinal)));
            }

            throw file.Error(line, Describe(ex));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet sometimes fails this way on an unclosed '[' or '{'; find how far its parser got instead.
            var line = Math.Min(lastLine, firstLine + LastGoodLine(yaml) - 1);
            throw file.Error(line, ContentErrorText.Of("FrontMatter.Unclosed"));
        }

        var fields = new Dictionary<string, (YamlNode, int)>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatter(file, firstLine - 1, fields);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw file.Error(firstLine, ContentErrorText.Of("FrontMatter.NotMapping"));
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var line = firstLine + (int)keyNode.Start.Line - 1;
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw file.Error(line, ContentErrorText.Of("FrontMatter.NoFieldName"));
            }

            fields.Add(key, (value, line));
        }

        return new FrontMatter(file, firstLine - 1, fields);
    }

    /// <summary>Rejects fields the file type does not know, which are almost always misspellings.</summary>
    public void RejectUnknownFields(IReadOnlyCollection<string> known)
    {
        foreach (var (key, (_, line)) in _fields)
        {
            if (!known.Contains(key))
            {
                throw _file.Error(line, ContentErrorText.Of("Field.Unknown", key, string.Join(", ", known)));
            }
        }
    }

    public int LineOf(string key) => _fields.TryGetValue(key, out var field) ? field.Line : Line;

    public string? GetString(string key, int maxLength)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Node is not YamlScalarNode scalar)
        {
            throw _file.Error(field.Line, ContentErrorText.Of("Field.NotSingle", key));
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            throw _file.Error(field.Line, ContentErrorText.Of("Field.TooLong", key, value.Length, maxLength));
        }

        return value;
    }

    /// <summary>Reads a date written year-month-day, as UK content editors are asked to write it.</summary>
    public DateOnly? GetDate(string key)
    {
        var text = GetString(key, 20);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw _file.Error(LineOf(key), ContentErrorText.Of("Field.Date", text, key));
    }

    /// <summary>Reads a yes/no field; absent means <paramref name="defaultValue"/>.</summary>
    public bool GetYesNo(string key, bool defaultValue) =>
        GetString(key, 20) is { } text ? ContentValues.YesNo(_file, LineOf(key), key, text) : defaultValue;

    /// <summary>Reads a list, written as indented '- item' lines, as [a, b], or as one value.</summary>
    public IReadOnlyList<string> GetList(string key, int maxCount, int maxLength)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return [];
        }

        var items = field.Node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(item => item is YamlScalarNode scalar
                ? scalar.Value?.Trim() ?? string.Empty
                : throw _file.Error(field.Line, ContentErrorText.Of("Field.ItemNotSingle", key))).ToList(),
            YamlScalarNode { Value: { Length: > 0 } value } => [value.Trim()],
            _ => [],
        };
        if (items.Count > maxCount)
        {
            throw _file.Error(field.Line, ContentErrorText.Of("Field.TooManyItems", key, items.Count, maxCount));
        }

        foreach (var item in items)
        {
            if (item.Length == 0 || item.Length > maxLength)
            {
                throw _file.Error(field.Line, ContentErrorText.Of("Field.ItemLength", key, maxLength));
            }
        }

        return items;
    }

    public string RequireString(string key, int maxLength) =>
        GetString(key, maxLength) ?? throw _file.Error(LineOf(key), ContentErrorText.Of("Field.Required", key));

    /// <summary>Reads a field whose value is a list of "key: value" lines, in the order written.</summary>
    public IReadOnlyList<(string Key, string Value, int Line)> RequirePairs(string key, int maxCount, int maxLength)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            throw _file.Error(Line, ContentErrorText.Of("Field.ChoicesRequired", key));
        }

        if (field.Node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            throw _file.Error(field.Line, ContentErrorText.Of("Field.ChoicesNotMapping", key));
        }

        if (mapping.Children.Count > maxCount)
        {
            throw _file.Error(field.Line, ContentErrorText.Of("Field.TooManyEntries", key, mapping.Children.Count, maxCount));
        }

        var pairs = new List<(string, string, int)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            // YAML line 1 is the line after the opening fence.
            var line = Line + (int)keyNode.Start.Line;
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } id } || valueNode is not YamlScalarNode { Value: { Length: > 0 } label })
            {
                throw _file.Error(line, ContentErrorText.Of("Field.EntryNotOneLine", key));
            }

            if (label.Length > maxLength || id.Length > maxLength)
            {
                throw _file.Error(line, ContentErrorText.Of("Field.EntryTooLong", key, maxLength));
            }

            pairs.Add((id, label.Trim(), line));
        }

        return pairs;
    }

    /// <summary>Reads a required choice from an enum's values, written kebab-case.</summary>
    public TEnum RequireEnum<TEnum>(string key)
        where TEnum : struct, Enum => ContentValues.Choice<TEnum>(_file, LineOf(key), key, RequireString(key, 64));

    private static int LastGoodLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: the parser stops where the mistake is.
        }

        return line;
    }

    private static ContentMessage Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; the line is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return ContentErrorText.Of("FrontMatter.DuplicateField", message["Duplicate key ".Length..]);
        }

        // YamlDotNet's own words stay as they are (it has no translations): the sentence around them is ours.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return ContentErrorText.Of("FrontMatter.InvalidYaml", message.TrimEnd('.'), ex.Start.Column);
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+):[ ]+(?<value>[^\s""'\[{|>&*!#].*: .*)$")]
    private static partial Regex UnquotedColon();
}
