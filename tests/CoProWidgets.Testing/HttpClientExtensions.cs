using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CoProWidgets.Testing;

public static class HttpClientExtensions
{
    private static readonly HtmlParser s_parser = new();

    /// <summary>Gets a page, checks it succeeded, and parses it.</summary>
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return await s_parser.ParseDocumentAsync(html);
    }

    /// <summary>Parses a response's HTML, whatever its status.</summary>
    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await s_parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the page's main heading (<c>main h1</c>), whatever the response's status.</summary>
    public static async Task<string?> ReadMainHeadingAsync(this HttpResponseMessage response) =>
        (await response.ReadDocumentAsync()).QuerySelector("main h1")?.TextContent;

    /// <summary>Waits for something asynchronous (file watching, the outbox) to happen, for ten seconds at most.</summary>
    public static Task Eventually(Func<Task<bool>> condition) => Wait.UntilAsync(condition, TimeSpan.FromSeconds(10));
}
