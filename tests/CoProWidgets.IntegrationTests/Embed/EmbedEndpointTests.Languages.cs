using System.Net;
using AngleSharp.Dom;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Embed;

/// <summary>
/// An embedded widget in another language: its language switcher leads to the embed address in each language (which
/// the embed script loads in place), keeping how it was asked for, and its form posts in the language it is shown in.
/// </summary>
public sealed partial class EmbedEndpointTests
{
    [Fact]
    public async Task EmbeddedSwitcher_LeadsToTheEmbedAddressInEachLanguage_KeepingTheHeadingLevelAndOrigin()
    {
        // A parameter the request adds of its own reaches neither the links nor the widget cache's key.
        using var response = await SendAsync(HttpMethod.Get, $"/copro/embed/survey/having-a-say?headingLevel=3&utm_source=mail&origin={Uri.EscapeDataString(Partner)}&lang=cy", Partner);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.ReadDocumentAsync();

        var links = fragment.QuerySelectorAll("nav.copro-language-switcher a[hreflang]").ToDictionary(link => link.GetAttribute("hreflang")!, link => link.GetAttribute("href")!);
        Assert.Equal($"/copro/embed/survey/having-a-say?headingLevel=3&origin={Uri.EscapeDataString(Partner)}&lang=ur", links["ur"]);
        Assert.Equal("true", fragment.QuerySelector("nav.copro-language-switcher a[hreflang='cy']")!.GetAttribute("aria-current"));
        var easyRead = fragment.QuerySelector("nav.copro-language-switcher .copro-language-switcher__format a")!.GetAttribute("href");
        Assert.Equal($"/copro/embed/survey/having-a-say?headingLevel=3&origin={Uri.EscapeDataString(Partner)}&lang=cy&format=easy-read", easyRead);

        // The same widget asked for in another frame or by another site is kept apart: its links are its own.
        using var other = await SendAsync(HttpMethod.Get, $"/copro/embed/survey/having-a-say?headingLevel=3&origin={Uri.EscapeDataString(OtherPartner)}&lang=cy", OtherPartner);
        var otherLink = (await other.ReadDocumentAsync()).QuerySelector("nav.copro-language-switcher a[hreflang='ur']")!.GetAttribute("href");
        Assert.Contains(Uri.EscapeDataString(OtherPartner), otherLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageSwitcher_StaysAQueryOnTheHostPage()
    {
        var page = await _client.GetDocumentAsync("/Have-Your-Say?lang=ur");

        Assert.Equal("?lang=cy", page.QuerySelector("nav.copro-language-switcher a[hreflang='cy']")!.GetAttribute("href"));
        Assert.Equal("?lang=ur&format=easy-read", page.QuerySelector("nav.copro-language-switcher .copro-language-switcher__format a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task WelshSurvey_PostsInWelsh_OnThePageAndEmbedded_AndTheResponseIsWelsh()
    {
        var page = FormPost.From(await _client.GetDocumentAsync("/Have-Your-Say?lang=cy"), "form.copro-form");
        Assert.EndsWith("lang=cy", page.Action, StringComparison.Ordinal);
        var embedded = await EmbeddedFormAsync("/copro/embed/survey/having-a-say?lang=cy", Partner);
        Assert.EndsWith("lang=cy", embedded.Action, StringComparison.Ordinal);

        // Nothing chosen: the errors come back in Welsh from the post itself, whatever the request's own localisation.
        using var posted = await PostAsync(embedded, Partner);
        var errors = await posted.ReadDocumentAsync();
        Assert.Equal("cy", errors.QuerySelector("section.copro-survey")!.GetAttribute("lang"));
        Assert.NotNull(errors.QuerySelector(".copro-error-summary"));
    }

    [Fact]
    public async Task EasyReadSurvey_PostsInEasyRead()
    {
        var form = FormPost.From(await _client.GetDocumentAsync("/Have-Your-Say?format=easy-read"), "form.copro-form");

        Assert.EndsWith("format=easy-read", form.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", form.Action, StringComparison.Ordinal);
    }
}
