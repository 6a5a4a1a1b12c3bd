using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// The sign-up form, its answer and its confirmation email in the language the host's request localisation chose
/// (here from the browser's Accept-Language): the words come from the Welsh and Urdu resources, not English.
/// </summary>
public sealed class SignUpLanguageTests : IAsyncDisposable
{
    private const string Page = "/copro/get-involved";
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("cy", "ltr", "Mae problem wedi codi", "Rhowch eich cyfeiriad e-bost", "Gwall:", "Beth sydd o ddiddordeb i chi?")]
    [InlineData("ur", "rtl", "ایک مسئلہ ہے", "اپنا ای میل ایڈریس درج کریں", "خرابی:", "آپ کو کن باتوں میں دلچسپی ہے؟")]
    public async Task FormWithAProblem_IsShownInTheRequestsLanguage(string language, string direction, string summary, string emailError, string prefix, string legend)
    {
        using var client = await StartAsync(language);
        var form = FormPost.From(await client.GetDocumentAsync(Page)).Check("areas", "gp").Check("consent", "yes");

        using var response = await form.PostAsync(client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var widget = page.QuerySelector(".copro-get-involved")!;
        Assert.Equal(language, widget.GetAttribute("lang"));
        Assert.Equal(direction, widget.GetAttribute("dir"));
        Assert.Equal(summary, page.QuerySelector(".copro-error-summary__title")!.TextContent.Trim());
        Assert.Equal(emailError, page.QuerySelector(".copro-error-summary__list a")!.TextContent.Trim());
        Assert.Equal(prefix, page.QuerySelector(".copro-error-message .copro-visually-hidden")!.TextContent);
        Assert.Contains(legend, page.QuerySelectorAll("legend").Select(element => element.TextContent));
        Assert.StartsWith(prefix, page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("There is a problem", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Gwiriwch eich e-bost", "am 7 diwrnod")]
    [InlineData("ur", "اپنی ای میل دیکھیں", "7 دن تک")]
    public async Task SentForm_SaysToCheckYourEmail_InTheRequestsLanguage(string language, string title, string lifetime)
    {
        using var client = await StartAsync(language);
        var form = FormPost.From(await client.GetDocumentAsync(Page))
            .Set("email", $"sam.{language}@example.org").Check("areas", "gp").Check("consent", "yes");

        using var response = await form.PostAsync(client);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        var panel = page.QuerySelector(".copro-panel")!;
        Assert.Equal(title, panel.QuerySelector(".copro-panel__title")!.TextContent.Trim());
        Assert.Contains(lifetime, panel.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Check your email", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "ltr", "Cadarnhewch eich bod am gymryd rhan", "Cadarnhau fy nghofrestriad", "am 7 diwrnod")]
    [InlineData("ur", "rtl", "براہ کرم تصدیق کریں کہ آپ شامل ہونا چاہتے ہیں", "میرے سائن اپ کی تصدیق کریں", "7 دن تک")]
    public async Task ConfirmationEmail_IsRenderedInTheCurrentUICulture(string language, string direction, string subject, string link, string lifetime)
    {
        using var client = await StartAsync(language);
        var emails = _site.Services.GetRequiredService<SignUpEmails>();
        var confirm = new Uri("http://localhost/copro/get-involved/confirm?token=t");

        // English first, then the language, then English again: nothing rendered in one language is kept for another.
        var english = await InCultureAsync("en-GB", () => emails.ConfirmAsync("sam@example.org", confirm));
        var translated = await InCultureAsync(language, () => emails.ConfirmAsync("sam@example.org", confirm));
        var englishAgain = await InCultureAsync("en-GB", () => emails.ConfirmAsync("sam@example.org", confirm));

        Assert.Equal("Please confirm you want to get involved", english.Subject);
        Assert.Equal(english.Html, englishAgain.Html);
        Assert.Equal(subject, translated.Subject);
        Assert.Contains($"{link}: {confirm.AbsoluteUri}", translated.Text, StringComparison.Ordinal);
        Assert.Contains(lifetime, translated.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm my sign-up", translated.Text, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{language}\" dir=\"{direction}\"", translated.Html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> StartAsync(string language)
    {
        _site.WriteContent("get-involved.md", "---\ntitle: Get involved\nprivacy-url: /privacy\nconsent: We keep your details.\nareas:\n  gp: GP access\n---\nTake part.\n");
        await _site.StartAsync(services: services => services.AddTransient<IStartupFilter, RequestLanguage>());
        var client = _site.Client(null);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> action)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    /// <summary>The host's request localisation, as a site offering these languages sets it up.</summary>
    private sealed class RequestLanguage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            string[] languages = ["en-GB", "cy", "pl", "ur"];
            app.UseRequestLocalization(options => options.SetDefaultCulture("en-GB").AddSupportedCultures(languages).AddSupportedUICultures(languages));
            next(app);
        };
    }
}
