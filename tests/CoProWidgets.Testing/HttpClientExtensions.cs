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

    public static async Task Eventually(Func<Task<bool>> condition)
    {
        // File watching is asynchronous: wait for the change to arrive, but never longer than ten seconds.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The change was not picked up within ten seconds.");
            await Task.Delay(100);
        }
    }
}
