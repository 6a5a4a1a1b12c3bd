using System.Globalization;
using CoProWidgets.Localisation;

namespace CoProWidgets.Content;

/// <summary>How a content file is written for its readers: as usual, or in Easy Read.</summary>
internal enum ContentFormat
{
    /// <summary>The usual file, <c>&lt;name&gt;.md</c> or <c>&lt;name&gt;.&lt;lang&gt;.md</c>.</summary>
    Standard,

    /// <summary>Easy Read, <c>&lt;name&gt;.easy-read.md</c> or <c>&lt;name&gt;.&lt;lang&gt;.easy-read.md</c>.</summary>
    EasyRead,
}

/// <summary>
/// Which version of a content file a request is shown: its language (the request's culture) and its format. Together
/// they are the lookup <see cref="ContentStore.Get{T}"/> makes: for each language from the most exact to the default
/// file's (<c>cy-GB</c>, <c>cy</c>, the default), the format asked for and then the standard one.
/// </summary>
/// <param name="Language">The language tag asked for, such as <c>cy</c> or <c>ur-PK</c>.</param>
/// <param name="Format">The format asked for.</param>
internal sealed record ContentVariant(string Language, ContentFormat Format)
{
    /// <summary>What a query parameter or an attribute calls Easy Read: <c>easy-read</c>, also the file name suffix.</summary>
    public const string EasyReadName = "easy-read";

    /// <summary>The query parameter (<c>format=easy-read</c>) that asks for a format.</summary>
    public const string FormatParameter = "format";

    private static readonly AsyncLocal<ContentFormat?> s_format = new();

    /// <summary>The variant this request is shown: its culture's language and the format in scope (standard when none).</summary>
    public static ContentVariant Current => new(LanguageTag.Current, CurrentFormat);

    /// <summary>The format in scope (<see cref="Use"/>), or standard.</summary>
    public static ContentFormat CurrentFormat => s_format.Value ?? ContentFormat.Standard;

    /// <summary>Until disposed, and only in this asynchronous flow, content is looked up in <paramref name="format"/>.</summary>
    public static IDisposable Use(ContentFormat format)
    {
        var previous = s_format.Value;
        s_format.Value = format;
        return new Scope(previous);
    }

    /// <summary>The format a query parameter or attribute value names, or null for anything else.</summary>
    public static ContentFormat? ParseFormat(string? value) => value switch
    {
        EasyReadName => ContentFormat.EasyRead,
        "standard" => ContentFormat.Standard,
        _ => null,
    };

    /// <summary>The name of a format, as a query parameter and a response's record carry it: <c>standard</c> or <c>easy-read</c>.</summary>
    public static string NameOf(ContentFormat format) => format == ContentFormat.EasyRead ? EasyReadName : "standard";

    /// <summary>
    /// The file suffixes to try, best first, for a site offering <paramref name="offered"/> languages: the exact tag,
    /// then the language without its region, each in the format asked for and then the standard one, and last the
    /// default file in the format asked for (an empty language). Languages the site does not offer are skipped.
    /// </summary>
    public IEnumerable<(string? Language, ContentFormat Format)> Candidates(IReadOnlyCollection<string> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var languages = new List<string>();
        var neutral = Language.Split('-')[0];
        foreach (var tag in new[] { Language, neutral })
        {
            if (!languages.Contains(tag, StringComparer.OrdinalIgnoreCase) && offered.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                languages.Add(tag);
            }
        }

        foreach (var tag in languages)
        {
            if (Format != ContentFormat.Standard)
            {
                yield return (tag, Format);
            }

            yield return (tag, ContentFormat.Standard);
        }

        if (Format != ContentFormat.Standard)
        {
            yield return (null, Format);
        }
    }

    /// <summary>The path of the variant of <paramref name="path"/> (<c>folder/name.md</c>) in a language and format.</summary>
    public static string PathOf(string path, string? language, ContentFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stem = path[..^".md".Length];
        var languagePart = language is null ? string.Empty : $".{language}";
        var formatPart = format == ContentFormat.EasyRead ? $".{EasyReadName}" : string.Empty;
        return $"{stem}{languagePart}{formatPart}.md";
    }

    /// <summary>
    /// The language and format a variant's file name (<c>having-a-say.cy.easy-read.md</c>) holds after its
    /// <paramref name="name"/>, or null when it is not a variant of it: the suffix is parsed, never part of the name.
    /// </summary>
    public static ContentVariantFile? ParseFileName(string name, string fileName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.Length <= name.Length + ".x.md".Length - 1 || !fileName.StartsWith(name + ".", StringComparison.Ordinal) || !fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = fileName[(name.Length + 1)..^".md".Length].Split('.');
        var format = parts[^1] == EasyReadName ? ContentFormat.EasyRead : ContentFormat.Standard;
        var languageParts = format == ContentFormat.EasyRead ? parts[..^1] : parts;
        return languageParts switch
        {
            [] when format == ContentFormat.EasyRead => new ContentVariantFile(null, format),
            [var tag] when IsLanguageTag(tag) => new ContentVariantFile(tag, format),
            _ => null,
        };
    }

    private static bool IsLanguageTag(string tag)
    {
        if (tag.Length is < 2 or > 20)
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private sealed class Scope(ContentFormat? previous) : IDisposable
    {
        public void Dispose() => s_format.Value = previous;
    }
}

/// <summary>A variant file's language (null for the default file's) and format, as its file name says.</summary>
/// <param name="Language">The language tag in the file name, or null when it has none.</param>
/// <param name="Format">The format in the file name.</param>
internal sealed record ContentVariantFile(string? Language, ContentFormat Format);
