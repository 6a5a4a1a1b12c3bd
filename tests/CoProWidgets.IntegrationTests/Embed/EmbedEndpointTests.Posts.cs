using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Embed;

/// <summary>The embedded forms: sign-ups and surveys posted from listed sites, their tokens, frames and rate limits.</summary>
public sealed partial class EmbedEndpointTests
{
    [Fact]
    public async Task SignUp_FromAListedSite_IsStoredAndAnsweredInPlace_WithNoCookieAnywhere()
    {
        var form = await EmbeddedFormAsync("/copro/embed/get-involved", Partner);
        Assert.Equal("/copro/embed/get-involved", form.Action);
        Assert.NotNull(form["copro-embed"]);

        using var sent = await PostAsync(Fill(form, "partner-visitor@example.org"), Partner);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(Partner, Assert.Single(sent.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(sent.Headers.Contains("Set-Cookie"));
        var widget = await sent.ReadDocumentAsync();
        Assert.Equal("Check your email", widget.QuerySelector("#copro-1-sent h3")?.TextContent);
        Assert.NotNull(widget.QuerySelector("#copro-1-sent[data-copro-focus]:not([autofocus])"));
        Assert.Equal(SignUpStatus.Pending, (await FindAsync("partner-visitor@example.org"))?.Status);
    }

    [Fact]
    public async Task SignUp_WithProblems_IsTheWidgetWithItsErrorSummary_AndStoresNothing()
    {
        var form = await EmbeddedFormAsync("/copro/embed/get-involved", Partner);

        using var response = await PostAsync(form, Partner);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Partner, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var widget = await response.ReadDocumentAsync();
        Assert.NotNull(widget.QuerySelector(".copro-error-summary[data-copro-focus]:not([autofocus])"));
        Assert.Contains("Enter your email address", widget.QuerySelector(".copro-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/copro/embed/get-involved", widget.QuerySelector("form")?.GetAttribute("action"));
        Assert.Equal(0, await CountSignUpsAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost")]
    public async Task EmbeddedPost_WithoutAListedOrigin_IsRefusedBeforeAnythingIsStored(string? origin)
    {
        var form = Fill(await EmbeddedFormAsync("/copro/embed/get-involved", Partner), "refused@example.org");

        using var response = await PostAsync(form, origin);

        // The widget host's own pages post to the widget's own endpoint, never to the embed one.
        Assert.Equal(origin == "http://localhost" ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountSignUpsAsync());
    }

    [Fact]
    public async Task EmbeddedPost_WithAnotherSitesToken_ATamperedToken_OrNone_ShowsTheFormAgain_AndStoresNothing()
    {
        var otherSites = Fill(await EmbeddedFormAsync("/copro/embed/get-involved", OtherPartner), "token@example.org");
        var tampered = Fill(await EmbeddedFormAsync("/copro/embed/get-involved", Partner), "token@example.org");
        tampered.Set("copro-embed", tampered["copro-embed"]![..^4] + "AAAA");
        var none = Fill(await EmbeddedFormAsync("/copro/embed/get-involved", Partner), "token@example.org").Remove("copro-embed");

        foreach (var form in new[] { otherSites, tampered, none })
        {
            using var response = await PostAsync(form, Partner);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("This page was open for too long", (await response.ReadDocumentAsync()).QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountSignUpsAsync());
    }

    [Fact]
    public async Task EmbeddedForm_OlderThanItsLifetime_AsksForItAgain_WithAFreshTokenThatWorks()
    {
        var form = Fill(await EmbeddedFormAsync("/copro/embed/get-involved", Partner), "slow-reader@example.org");
        _clock.Now += TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1);

        using var stale = await PostAsync(form, Partner);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        var again = FormPost.From(await stale.ReadDocumentAsync());
        Assert.NotEqual(form["copro-embed"], again["copro-embed"]);
        Assert.Equal("slow-reader@example.org", again["email"]);
        Assert.Equal(0, await CountSignUpsAsync());

        using var sent = await PostAsync(again.Set("consent", "yes"), Partner);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(SignUpStatus.Pending, (await FindAsync("slow-reader@example.org"))?.Status);
    }

    [Fact]
    public async Task Survey_FromAListedSite_GoesThroughEveryStepInPlace_AndStoresOneResponse()
    {
        var first = (await EmbeddedFormAsync("/copro/embed/survey/having-a-say", Partner))
            .Set("q-have-a-say", "agree").Set("q-share-power", "strongly-agree").Set("q-respondent", "carer");
        using var second = await PostAsync(first, Partner);
        var page2 = await second.ReadDocumentAsync();
        Assert.Equal("Page 2 of 3", page2.QuerySelector(".copro-progress")?.TextContent);

        using var third = await PostAsync(FormPost.From(page2).Set("q-before", "no"), Partner);
        using var check = await PostAsync(FormPost.From(await third.ReadDocumentAsync()), Partner);
        var summary = await check.ReadDocumentAsync();
        Assert.Equal("Check your answers", summary.QuerySelector(".copro-survey__step")?.TextContent);

        var submit = FormPost.From(summary).Set("action", "submit");
        using var done = await PostAsync(submit, Partner);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.NotNull((await done.ReadDocumentAsync()).QuerySelector("#copro-1-thanks[data-copro-focus]:not([autofocus])"));
        using var twice = await PostAsync(submit, Partner);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);

        await using var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        Assert.Equal(1, await db.SurveyResponses.CountAsync());
    }

    [Fact]
    public async Task Frame_MayBeFramedByItsListedOriginAlone_AndPostsItsHeightThereOnly()
    {
        const string Frame = "/copro/embed/get-involved?mode=frame&origin=https%3A%2F%2Fpartner.example";
        using var response = await SendAsync(HttpMethod.Get, Frame, origin: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.EndsWith($"; frame-ancestors {Partner}", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Get involved", document.Title);
        Assert.Equal(Partner, document.QuerySelector("script[data-copro-frame]")?.GetAttribute("data-copro-frame"));
        Assert.Null(document.QuerySelector("script[data-copro-posted]"));
        Assert.NotNull(document.QuerySelector("main form[action='/copro/embed/get-involved?mode=frame&origin=https%3A%2F%2Fpartner.example']"));

        using var principles = await SendAsync(HttpMethod.Get, "/copro/embed/principles/toolkit?mode=frame&origin=https%3A%2F%2Fpartner.example", origin: null);
        Assert.Equal("Our co-production toolkit: three stages", (await principles.ReadDocumentAsync()).Title);

        using var unlisted = await SendAsync(HttpMethod.Get, "/copro/embed/get-involved?mode=frame&origin=https%3A%2F%2Fevil.example", origin: null);
        Assert.Equal(HttpStatusCode.Forbidden, unlisted.StatusCode);
        Assert.False(unlisted.Headers.Contains("Content-Security-Policy") && unlisted.Headers.GetValues("Content-Security-Policy").Single().Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameSignUp_PostsFromTheWidgetHost_AndComesBackToTheFrame()
    {
        const string Frame = "/copro/embed/get-involved?mode=frame&origin=https%3A%2F%2Fpartner.example";
        var form = Fill(FormPost.From(await (await SendAsync(HttpMethod.Get, Frame, origin: null)).ReadDocumentAsync()), "framed@example.org");

        using var fromPartner = await PostAsync(form, Partner);
        Assert.Equal(HttpStatusCode.Forbidden, fromPartner.StatusCode);

        using var sent = await PostAsync(form, "http://localhost");
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/copro/embed/get-involved?mode=frame&origin=https%3A%2F%2Fpartner.example&copro-get-involved=sent#copro-1-sent", sent.Headers.Location?.OriginalString);
        Assert.Equal(SignUpStatus.Pending, (await FindAsync("framed@example.org"))?.Status);

        using var thanks = await SendAsync(HttpMethod.Get, sent.Headers.Location!.OriginalString, origin: null);
        Assert.Equal("Check your email", (await thanks.ReadDocumentAsync()).QuerySelector("#copro-1-sent h3")?.TextContent);
    }

    [Fact]
    public async Task EmbeddedPosts_ShareTheFormRateLimit_AndShowTheWidgetAgainToTheListedSite()
    {
        using var site = new SampleSiteFactory();
        site.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = Partner;
        site.Settings["CoProWidgets:RateLimits:SignUps:PermitLimit"] = "1";
        site.Settings["CoProWidgets:RateLimits:SignUps:Window"] = "00:10:00";
        using var client = site.CreateClient();
        HttpRequestMessage Post() => new(HttpMethod.Post, new Uri("/copro/embed/get-involved", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("email", "x")]),
            Headers = { { "Origin", Partner } },
        };

        using var firstRequest = Post();
        using var first = await client.SendAsync(firstRequest);
        using var secondRequest = Post();
        using var second = await client.SendAsync(secondRequest);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(Partner, Assert.Single(second.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotNull(second.Headers.RetryAfter);
        var widget = await second.ReadDocumentAsync();
        Assert.Contains("wait about", widget.QuerySelector(".copro-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("x", widget.QuerySelector("input[name=email]")?.GetAttribute("value"));
    }
}
