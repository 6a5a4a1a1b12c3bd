using System.Net;
using System.Text.RegularExpressions;
using CoProWidgets.GetInvolved;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using static CoProWidgets.Testing.HttpClientExtensions;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>
/// The whole journey a visitor takes, through the sample site and the emails it writes: sign up on the form, find the
/// confirmation email, confirm, change preferences, unsubscribe, delete everything. On SQLite and on PostgreSQL.
/// </summary>
public sealed partial class SignUpJourneyTests : IAsyncDisposable
{
    private const string Email = "riley@example.org";
    private SampleSiteFactory? _site;
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        _site?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visitor_SignsUp_Confirms_ChangesPreferences_Unsubscribes_AndDeletesEverything(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        _site = new SampleSiteFactory();

        // The sample's Development settings give its own address (http://localhost:5080/); the links here point at the test host.
        _site.Settings["CoProWidgets:SiteUrl"] = "http://localhost/";
        foreach (var (key, value) in _database.Settings)
        {
            _site.Settings[key] = value;
        }

        using var browser = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Sign up on the form.
        var form = FormPost.From(await browser.GetDocumentAsync("/Get-Involved"))
            .Set("email", Email).Check("areas", "gp-access").Set("consent", "yes");
        using (var sent = await form.PostAsync(browser))
        {
            Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        }

        // The confirmation email, as an .eml file.
        var confirmation = await EmailAsync("Please confirm you want to get involved");
        Assert.Equal(Email, confirmation.To.Mailboxes.Single().Address);
        Assert.NotNull(confirmation.HtmlBody);
        var confirmLink = LinkIn(confirmation, "confirm");

        var confirmPage = await browser.GetDocumentAsync(confirmLink);
        using (var confirmed = await FormPost.From(confirmPage, "form[method=post]", confirmLink).PostAsync(browser))
        {
            Assert.Equal("You are signed up", await confirmed.ReadMainHeadingAsync());
        }

        // The welcome email carries the preferences link and one-click unsubscribe headers.
        var welcome = await EmailAsync("You are signed up");
        Assert.Equal("List-Unsubscribe=One-Click", welcome.Headers["List-Unsubscribe-Post"]);
        var preferencesLink = LinkIn(welcome, "preferences");
        var unsubscribeLink = LinkIn(welcome, "unsubscribe");
        Assert.Equal($"<http://localhost{unsubscribeLink}>", welcome.Headers["List-Unsubscribe"]);

        var preferences = FormPost.From(await browser.GetDocumentAsync(preferencesLink), "form.copro-form", preferencesLink)
            .Check("areas", "mental-health").Check("updates", "phone").Set("phone", "01632 960 001");
        using (var saved = await preferences.PostAsync(browser))
        {
            Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        }

        var signUp = await SignUpLinks.FindAsync(_site.Services, Email);
        Assert.Equal(SignUpStatus.Confirmed, signUp.Status);
        Assert.Equal(["gp-access", "mental-health"], signUp.AreaList);
        Assert.Equal("01632 960 001", signUp.Phone);

        var unsubscribePage = await browser.GetDocumentAsync(unsubscribeLink);
        using (var unsubscribed = await FormPost.From(unsubscribePage, "form[method=post]", unsubscribeLink).PostAsync(browser))
        {
            Assert.Equal("You are unsubscribed", await unsubscribed.ReadMainHeadingAsync());
        }

        Assert.Equal(SignUpStatus.Unsubscribed, (await SignUpLinks.FindAsync(_site.Services, Email)).Status);

        var erase = FormPost.From(await browser.GetDocumentAsync(preferencesLink), "form[action=erase]", preferencesLink);
        using (var erased = await erase.PostAsync(browser))
        {
            Assert.Equal("Your details are deleted", await erased.ReadMainHeadingAsync());
        }

        using var gone = await browser.GetAsync(new Uri(preferencesLink, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
    }

    /// <summary>Waits for the outbox to write the email with this subject, and reads it.</summary>
    private async Task<MimeMessage> EmailAsync(string subject)
    {
        MimeMessage? found = null;
        await Eventually(async () =>
        {
            foreach (var file in Directory.Exists(_site!.MailPath) ? Directory.GetFiles(_site.MailPath, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.Subject == subject)
                {
                    found = message;
                }
            }

            return found is not null;
        });
        return found!;
    }

    /// <summary>The path and query of the link to a get-involved page in the plain-text body.</summary>
    private static string LinkIn(MimeMessage message, string page)
    {
        var match = Link().Matches(message.TextBody ?? string.Empty).Single(found => found.Groups["page"].Value == page);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"http://localhost/copro/get-involved/(?<page>[a-z]+)\?token=\S+")]
    private static partial Regex Link();
}
