using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CoProWidgets.Tests.Support;

/// <summary>Parses HTML fragments so tests compare structure, not strings.</summary>
public static class Html
{
    private static readonly HtmlParser s_parser = new();

    public static IElement Parse(string html)
    {
        var document = s_parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        return body;
    }

    public static string Of(Microsoft.AspNetCore.Html.IHtmlContent? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
