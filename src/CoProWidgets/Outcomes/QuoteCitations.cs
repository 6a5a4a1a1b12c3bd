using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CoProWidgets.SurveyResults;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Outcomes;

/// <summary>
/// Puts people's own words into an outcome: a paragraph <c>{quote: 1a2b3c4d}</c> in the file's "You said" section
/// becomes that approved quote (the words as approved, encoded), from the survey the outcome names. A code that names
/// no approved quote shows nothing, so a quote withdrawn later disappears from the page too.
/// </summary>
internal static partial class QuoteCitations
{
    public static IHtmlContent? Replace(IHtmlContent? section, IReadOnlyList<PublishedQuote> quotes)
    {
        if (section is null)
        {
            return null;
        }

        using var writer = new StringWriter();
        section.WriteTo(writer, HtmlEncoder.Default);
        var html = writer.ToString();
        var citations = CitationPattern().Matches(html);
        if (citations.Count == 0)
        {
            return section;
        }

        var builder = new HtmlContentBuilder();
        var at = 0;
        foreach (Match citation in citations)
        {
            // The sanitizer's output around the citation, as it was.
            builder.AppendHtml(html[at..citation.Index]);
            at = citation.Index + citation.Length;
            if (quotes.FirstOrDefault(quote => quote.Code == citation.Groups[1].Value) is { } quote)
            {
                builder.AppendHtml("<figure class=\"copro-quote\"><blockquote><p>");
                builder.Append(quote.Text);
                builder.AppendHtml("</p></blockquote></figure>");
            }
        }

        builder.AppendHtml(html[at..]);
        return builder;
    }

    [GeneratedRegex(@"<p>\{quote:\s*([0-9a-f]{8})\}</p>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CitationPattern();
}
