using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Rendering;

/// <summary>
/// The links to the same widget in the other languages and formats its content file has (<c>having-a-say.cy.md</c>,
/// <c>having-a-say.easy-read.md</c>), built here once for every widget from what the content store lists. The links
/// are plain query strings (<c>?lang=cy</c>) on the page the widget is on, so they work without JavaScript and keep
/// the same address; the host's request localisation and the library's endpoints both read <c>lang</c>. On another
/// site they lead to the embed address the widget came from (<see cref="ElsewhereForm.Url"/>), which the embed script
/// loads in place and a frame follows, since <c>?lang=cy</c> there would be the host page's.
/// </summary>
internal static class LanguageSwitcher
{
    // The embed endpoint's parameters that place a widget (EmbedEndpoints reads them; this folder sits below it).
    private static readonly string[] s_placement = ["headingLevel", "mode", "origin"];

    /// <summary>The view data entry holding the content file a widget was made from (the variant chosen, if any).</summary>
    public const string FileKey = "CoProWidgets.ContentFile";

    /// <summary>Remembers the first content file a widget read, the one its switcher offers in other languages.</summary>
    public static void Remember(ViewDataDictionary viewData, string? file)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        if (file is not null && !viewData.ContainsKey(FileKey))
        {
            viewData[FileKey] = file;
        }
    }

    /// <summary>The switcher for the widget whose view data is <paramref name="viewData"/>, or null when its file has no variants.</summary>
    public static LanguageSwitcherModel? For(ViewDataDictionary viewData, ContentStore store, IReadOnlyList<string> offered, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(context);
        return viewData[FileKey] is string file ? For(DefaultFile(file), store.Variants(DefaultFile(file)), offered, ElsewhereForm.Of(context)?.Url) : null;
    }

    /// <summary>
    /// The switcher for the default file <paramref name="path"/> with <paramref name="variants"/>, in the current
    /// language and format; its links go to <paramref name="embedUrl"/> in each when the widget is on another site.
    /// </summary>
    public static LanguageSwitcherModel? For(string path, IReadOnlyList<ContentVariantPath> variants, IReadOnlyList<string> offered, string? embedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(variants);
        var current = LanguageTag.Current;
        var currentLanguage = Offered(current, offered) ?? LanguageTag.Default;
        var format = ContentVariant.CurrentFormat;
        var languages = variants
            .Where(variant => variant.Language is not null && variant.Format == ContentFormat.Standard)
            .Select(variant => Offered(variant.Language!, offered))
            .OfType<string>()
            .Where(tag => !LanguageTag.SameLanguage(tag, LanguageTag.Default))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var easyRead = variants.Any(variant => variant.Format == ContentFormat.EasyRead && (variant.Language is null || LanguageTag.SameLanguage(variant.Language, currentLanguage)));
        if (languages.Count == 0 && !easyRead)
        {
            return null;
        }

        var links = languages.Count == 0 ? [] : new[] { LanguageTag.Default }.Concat(languages)
            .Select(tag => new LanguageLink(tag, NameOf(tag), TextDirection.Of(tag), Href(embedUrl, tag, format), LanguageTag.SameLanguage(tag, currentLanguage)))
            .ToArray();
        var formatLink = !easyRead ? null
            : format == ContentFormat.EasyRead ? new FormatLink(Href(embedUrl, currentLanguage, ContentFormat.Standard), EasyRead: false)
            : new FormatLink(Href(embedUrl, currentLanguage, ContentFormat.EasyRead), EasyRead: true);
        return new LanguageSwitcherModel(links, formatLink);
    }

    /// <summary>A language named in itself, its first letter upper-cased as that language does: Cymraeg, Polski, اردو.</summary>
    public static string NameOf(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var culture = CultureInfo.GetCultureInfo(tag);
        var named = culture.IsNeutralCulture || culture.Parent == CultureInfo.InvariantCulture ? culture : culture.Parent;
        var name = named.NativeName;
        return name.Length == 0 ? tag : culture.TextInfo.ToUpper(name[..1]) + name[1..];
    }

    /// <summary>
    /// Where a widget's form posts, from <paramref name="action"/>: in the language and format it is shown in when that
    /// is not the default, so the answers are checked against the same file and the next page comes in the same words
    /// whatever the host's own localisation would pick for the post. Both are part of the widget's kept key.
    /// </summary>
    public static string Carried(string action, IReadOnlyList<string> offered)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(offered);
        var query = action.Contains('?', StringComparison.Ordinal) ? QueryHelpers.ParseQuery(action[action.IndexOf('?', StringComparison.Ordinal)..]) : [];
        var language = Offered(LanguageTag.Current, offered);
        var carried = new List<KeyValuePair<string, string?>>();
        if (language is not null && !LanguageTag.SameLanguage(language, LanguageTag.Default) && !query.ContainsKey(RequestVariant.LanguageParameter))
        {
            carried.Add(new(RequestVariant.LanguageParameter, language));
        }

        if (ContentVariant.CurrentFormat == ContentFormat.EasyRead && !query.ContainsKey(ContentVariant.FormatParameter))
        {
            carried.Add(new(ContentVariant.FormatParameter, ContentVariant.EasyReadName));
        }

        return carried.Count == 0 ? action : QueryHelpers.AddQueryString(action, carried);
    }

    /// <summary>
    /// The embed address <paramref name="embedUrl"/> with only what says how the widget is placed (its heading level, and
    /// for a frame its mode and origin), or null: what its switcher's links lead to and what it is kept under in the
    /// widget cache, so parameters a request adds of its own neither reach the links nor spread the cache.
    /// </summary>
    public static string? Place(string? embedUrl)
    {
        if (embedUrl is null)
        {
            return null;
        }

        var question = embedUrl.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return embedUrl;
        }

        var query = QueryHelpers.ParseQuery(embedUrl[question..]);
        var kept = s_placement.Where(query.ContainsKey).Select(name => new KeyValuePair<string, string?>(name, query[name][0]));
        return embedUrl[..question] + QueryString.Create(kept).Value;
    }

    private static string Href(string? embedUrl, string tag, ContentFormat format)
    {
        var asked = new List<KeyValuePair<string, string?>> { new(RequestVariant.LanguageParameter, tag) };
        if (format == ContentFormat.EasyRead)
        {
            asked.Add(new(ContentVariant.FormatParameter, ContentVariant.EasyReadName));
        }

        if (embedUrl is null)
        {
            return QueryString.Create(asked).Value!;
        }

        var place = Place(embedUrl)!;
        return place + (place.Contains('?', StringComparison.Ordinal) ? "&" : "?") + QueryString.Create(asked).Value![1..];
    }

    private static string? Offered(string tag, IReadOnlyList<string> offered) =>
        offered.FirstOrDefault(language => string.Equals(language, tag, StringComparison.OrdinalIgnoreCase))
            ?? offered.FirstOrDefault(language => LanguageTag.SameLanguage(language, tag));

    // A variant's path with its language and format taken off: content names hold no dots, so the stem ends at the first.
    private static string DefaultFile(string file)
    {
        var slash = file.LastIndexOf('/');
        var dot = file.IndexOf('.', slash + 1);
        return dot < 0 ? file : $"{file[..dot]}.md";
    }
}

/// <summary>What the language switcher shows: a link per language (none when there is one language) and the format link.</summary>
/// <param name="Languages">The default file's language then each variant's, or empty.</param>
/// <param name="Format">The link to Easy Read or back to the standard version, or null.</param>
internal sealed record LanguageSwitcherModel(IReadOnlyList<LanguageLink> Languages, FormatLink? Format);

/// <summary>One language's link.</summary>
/// <param name="Tag">Its language tag, for <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="Name">Its name in itself.</param>
/// <param name="Direction">"ltr" or "rtl".</param>
/// <param name="Href">The same page in that language.</param>
/// <param name="Current">Whether the widget is shown in it.</param>
internal sealed record LanguageLink(string Tag, string Name, string Direction, string Href, bool Current);

/// <summary>The link to the other format.</summary>
/// <param name="Href">The same page in it.</param>
/// <param name="EasyRead">True for the link to Easy Read, false for the link back to the standard version.</param>
internal sealed record FormatLink(string Href, bool EasyRead);
