using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Every page and state of the sample, and the emails it sends, shown through localizers that mark what they return:
/// any word the library shows that is not marked was written into a view or the code instead of coming from resources.
/// What editors wrote (the content files), what the tour typed and the culture's own month and day names are not the
/// library's words; the host's own layout around the widgets is not either, so on the sample's pages only the widgets
/// are read, and on the library's own pages (the staff workspace, the kiosk) everything.
/// </summary>
public sealed partial class PseudoLocaleTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public PseudoLocaleTests()
    {
        _site.Settings["urls"] = SampleTour.Urls;
        _site.ConfigureServices = services =>
        {
            services.AddLocalization();
            services.RemoveAll<IStringLocalizerFactory>();
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.AddSingleton<IStringLocalizerFactory>(provider => new PseudoLocalizerFactory(provider.GetRequiredService<ResourceManagerStringLocalizerFactory>()));
        };
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task EveryPageStateAndEmail_ShowsOnlyWordsFromResources()
    {
        var allowed = Allowed();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var pages = await SampleTour.WalkAsync(_site);
        foreach (var (name, response) in pages)
        {
            using (response)
            {
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                // The library's own documents carry copro-lang on html; on the host's, each widget's root does.
                var roots = document.DocumentElement.HasAttribute("dir") ? [document.DocumentElement] : document.QuerySelectorAll(".copro[dir][lang]").ToArray();
                foreach (var leftover in roots.SelectMany(root => Leftovers(root, allowed)))
                {
                    found.Add($"{name}: {leftover}");
                }
            }
        }

        await SignUpAsync();
        foreach (var file in Directory.Exists(_site.MailPath) ? Directory.GetFiles(_site.MailPath, "*.eml") : [])
        {
            using var message = await MimeMessage.LoadAsync(file);
            foreach (var leftover in Words(message.Subject, allowed))
            {
                found.Add($"email subject: {leftover}");
            }

            var body = await parser.ParseDocumentAsync(message.HtmlBody ?? string.Empty);
            foreach (var leftover in Leftovers(body.DocumentElement, allowed).Concat(Words(message.TextBody, allowed)))
            {
                found.Add($"email {message.Subject}: {leftover}");
            }
        }

        Assert.True(pages.Count >= 25, $"Only {pages.Count} pages were read.");
        Assert.True(found.Count == 0, $"{found.Count} pieces of text did not come from resources:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void Leftovers_FindsAWordWrittenIntoAView()
    {
        // The test above must be able to fail: an unmarked word beside marked ones is found, a marked one is not.
        var document = new HtmlParser().ParseDocument($"<div class=copro lang=en-GB dir=ltr><p>{PseudoLocalizerFactory.Open}Continue{PseudoLocalizerFactory.Close}</p><button title=\"Send it\">Submit</button><p>3 / 12 (75%)</p></div>");
        Assert.Equal(["Send it", "Submit"], Leftovers(document.DocumentElement, []).Order(StringComparer.Ordinal));
    }

    private async Task SignUpAsync()
    {
        using var client = _site.CreateClient();
        var form = FormPost.From(await client.GetDocumentAsync("/Get-Involved"), "form.copro-form", "/Get-Involved");
        var filled = form.Set("email", "pseudo@example.org").Set("consent", "yes");
        using var response = await filled.PostAsync(client);
    }

    private static IEnumerable<string> Leftovers(IElement root, IReadOnlyCollection<string> allowed)
    {
        foreach (var node in root.Descendants().Prepend(root))
        {
            if (node is IText text && text.ParentElement is { } parent && !Skipped(parent))
            {
                foreach (var word in Words(text.Data, allowed))
                {
                    yield return word;
                }
            }
            else if (node is IElement element && !Skipped(element))
            {
                foreach (var attribute in (string[])["aria-label", "title", "alt", "placeholder", "aria-description"])
                {
                    foreach (var word in Words(element.GetAttribute(attribute), allowed))
                    {
                        yield return word;
                    }
                }

                if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button")
                {
                    foreach (var word in Words(element.GetAttribute("value"), allowed))
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    // Scripts and styles hold no words; code shown to developers (snippets to paste) is code.
    private static bool Skipped(IElement element) => element.Closest("script, style, code, pre, template, textarea") is not null;

    private static IEnumerable<string> Words(string? text, IReadOnlyCollection<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var outside = text;
        while (Marked().IsMatch(outside))
        {
            // Innermost first: a sentence from resources can hold another (a status inside a summary).
            outside = Marked().Replace(outside, " ");
        }

        foreach (var piece in Pieces().Split(outside).Select(piece => Dated(piece.Trim())).Where(piece => Letter().IsMatch(piece) && !piece.StartsWith("http", StringComparison.Ordinal)))
        {
            if (!allowed.Any(known => known.Contains(piece, StringComparison.Ordinal)))
            {
                yield return piece;
            }
        }
    }

    // A date written by the culture ("7 December 2026, 20:42", "Monday 7 December", "7 Dec") is the culture's words, not
    // the library's: it is taken out, and what is left around it is read.
    private static string Dated(string piece)
    {
        var names = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat;
        var month = string.Join('|', names.MonthNames.Concat(names.AbbreviatedMonthNames).Where(name => name.Length > 0).OrderByDescending(name => name.Length));
        var day = string.Join('|', names.DayNames.Concat(names.AbbreviatedDayNames).OrderByDescending(name => name.Length));
        var dated = Regex.Replace(piece, $@"(\b({day})\s+)?\b\d{{1,2}}\s+({month})\b(\s+\d{{4}})?(,?\s+\d{{1,2}}:\d{{2}})?", " ");
        return dated.Trim(' ', ',', ':', ';');
    }

    /// <summary>
    /// What editors wrote, what the tour typed, the sample's own settings, the culture's month and day names, and the
    /// offered languages' names in themselves (the language switcher's, which no translation changes).
    /// </summary>
    private static List<string> Allowed()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat;
        var content = Directory.EnumerateFiles(Repository.SampleContent, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.Sample, "appsettings*.json"))
            .Select(file => Regex.Replace(File.ReadAllText(file), @"\s+", " "));
        // As the switcher and the staff pages write them (NameOf: "Polski", where the culture's own name is "polski").
        var languages = new[] { "en", "cy", "pl", "ur" }.SelectMany(tag => (string[])[CultureInfo.GetCultureInfo(tag).NativeName, LanguageSwitcher.NameOf(tag)]);
        return [.. content, .. SampleTour.Typed, .. languages, .. culture.MonthNames, .. culture.AbbreviatedMonthNames, .. culture.DayNames, .. culture.AbbreviatedDayNames];
    }

    [GeneratedRegex("\u27E6[^\u27E6\u27E7]*\u27E7")]
    private static partial Regex Marked();

    // Text is read in pieces between punctuation that ends a phrase, so content quoted inside a sentence is matched alone.
    [GeneratedRegex(@"[\n\r\t•|·]+|\s{2,}")]
    private static partial Regex Pieces();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letter();
}
