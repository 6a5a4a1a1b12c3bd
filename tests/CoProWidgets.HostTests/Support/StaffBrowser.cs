using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.Testing;
using MimeKit;
using OtpNet;

namespace CoProWidgets.HostTests.Support;

/// <summary>
/// One person's browser on the host: its own cookies, pages read as a browser would, forms posted with what the page
/// put in them (the antiforgery token included), and an authenticator app of its own (Otp.NET), independent of the
/// host's. Every page it read is kept, to check its HTML.
/// </summary>
internal sealed class StaffBrowser(HostSite site, string host = "host.test") : IDisposable
{
    private static readonly HtmlParser s_parser = new();

    private readonly HttpClient _client = site.ClientFor(host);

    public HttpClient Client => _client;

    /// <summary>The key of the authenticator app this browser's owner set up, once they have.</summary>
    public string? AuthenticatorKey { get; set; }

    public List<(string Name, string Html)> Pages { get; } = [];

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
        return (response, await ReadAsync(path, response));
    }

    /// <summary>Fills in the form on <paramref name="page"/> and posts it; the answer's page is read too.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(IDocument page, string path, Action<FormPost> fill, string selector = "form[method=post]")
    {
        // The page's own address, from the root: a form without an action posts back to it.
        var form = FormPost.From(page, selector, "/" + path.TrimStart('/'));
        fill(form);
        var response = await form.PostAsync(_client);
        return (response, await ReadAsync(path, response));
    }

    /// <summary>Posts only the antiforgery token of <paramref name="page"/> to any address, as a forged form would.</summary>
    public async Task<HttpResponseMessage> PostAsync(IDocument page, string path, bool withToken = true)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("The page has no antiforgery token.");
        using var content = new FormUrlEncodedContent(withToken ? [new("__RequestVerificationToken", token)] : Array.Empty<KeyValuePair<string, string>>());
        return await _client.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), content);
    }

    /// <summary>Gets a page, fills in its form and posts it, following the redirect it answers with.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> FillAsync(string path, Action<FormPost> fill, string selector = "form[method=post]")
    {
        var (_, page) = await GetAsync(path);
        var answer = await SubmitAsync(page, path, fill, selector);
        return answer.Response.StatusCode == HttpStatusCode.Redirect ? await GetAsync(answer.Response.Headers.Location!.OriginalString) : answer;
    }

    public string Code() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey ?? throw new InvalidOperationException("No authenticator app is set up."))).ComputeTotp();

    /// <summary>Accepts an invitation as a new person would: a password, the authenticator app, the recovery codes.</summary>
    public async Task<IReadOnlyList<string>> AcceptAsync(string link, string password)
    {
        var path = new Uri(link).PathAndQuery;
        var (_, first) = await GetAsync(path);
        var (passwordSet, keyPage) = await SubmitAsync(first, path, form => form.Set("Form.Password", password).Set("Form.Confirm", password));
        Assert.Equal(HttpStatusCode.OK, passwordSet.StatusCode);
        AuthenticatorKey = string.Concat(keyPage.QuerySelector(".key code")!.TextContent.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var (done, codesPage) = await SubmitAsync(keyPage, path, form => form.Set("Form.Code", Code()));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        return [.. codesPage.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent)];
    }

    /// <summary>Signs in with the password and then <paramref name="code"/> (the app's code when not given).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? code = null, string? returnUrl = null)
    {
        var path = "account/sign-in" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var (_, page) = await GetAsync(path);
        var (passwordAnswer, _) = await SubmitAsync(page, path, form => form.Set("Form.Email", email).Set("Form.Password", password));
        if (passwordAnswer.StatusCode != HttpStatusCode.Redirect)
        {
            return passwordAnswer;
        }

        var twoFactor = passwordAnswer.Headers.Location!.OriginalString;
        var (_, codePage) = await GetAsync(twoFactor);
        var (answer, _) = await SubmitAsync(codePage, twoFactor, form => form.Set("Form.Code", code ?? Code()));
        return answer;
    }

    /// <summary>The links in the emails the host wrote to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<string> InvitationLinksTo(HostSite site, string to)
    {
        var folder = Path.Combine(site.DataPath, "mail");
        return !Directory.Exists(folder) ? [] : [.. Directory.GetFiles(folder, "*.eml")
            .Select(file => (File.GetLastWriteTimeUtc(file), MimeMessage.Load(file)))
            .Where(m => m.Item2.To.Mailboxes.Any(a => a.Address == to))
            .OrderBy(m => m.Item1)
            .Select(m => (m.Item2.TextBody ?? "").Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal)))];
    }

    /// <summary>The path a redirect goes to, without its query, whether the Location is absolute or not.</summary>
    public static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    public void Dispose() => _client.Dispose();

    private async Task<IDocument> ReadAsync(string path, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Pages.Add((path, html));
        }

        return await s_parser.ParseDocumentAsync(html);
    }
}
