using System.Net;
using CoProWidgets.Audit;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>Personal data leaves only through the host's staff policy; with no policy, there is no endpoint.</summary>
public sealed class SignUpExportTests : IAsyncDisposable
{
    private const string ExportPath = "/copro/get-involved/sign-ups.csv";
    private static readonly Uri s_site = new("https://healthwatch.example/");

    private readonly string _content = LibraryHost.EmptyContentFolder();
    private TestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task WithoutAStaffPolicy_TheExportDoesNotExist()
    {
        await using var app = await StartAsync(staffPolicy: null);

        using var response = await app.GetTestClient().GetAsync(new Uri(ExportPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithAStaffPolicy_SomeoneWhoIsNotStaffGetsNothing()
    {
        await using var app = await StartAsync("Staff");
        var client = app.GetTestClient();

        using var anonymous = await client.PostAsync(new Uri(ExportPath, UriKind.Relative), new FormUrlEncodedContent([]));
        using var visitor = await ExportAsync(app, "visitor");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
        Assert.Empty(await visitor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithAStaffPolicy_StaffGetConfirmedSignUpsOnlyWithFormulasDefused()
    {
        await using var app = await StartAsync("Staff");
        var service = app.Services.GetRequiredService<SignUpJourney>();
        var tokens = app.Services.GetRequiredService<SignUpTokens>();
        await service.SubmitAsync(Request("pending@example.org", "Pat"), s_site);
        await service.SubmitAsync(Request("confirmed@example.org", "=HYPERLINK(\"https://attacker.example\",\"Click\")"), s_site);
        await using (var db = app.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            var signUp = db.SignUps.Single(s => s.EmailKey == "confirmed@example.org");
            Assert.Equal(SignUpLinkResult.Done, await service.ConfirmAsync(tokens.Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce), s_site));
        }

        using var response = await ExportAsync(app, "staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("id,email,name,areas,updates_by_email,updates_by_phone,updates_by_post,phone,postal_address,confirmed_at,consented_at,consent_version,consent_method", lines[0]);
        Assert.Contains(",confirmed@example.org,\"'=HYPERLINK(\"\"https://attacker.example\"\",\"\"Click\"\")\",gp-access;care-homes,yes,no,no,,,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("pending@example.org", lines[1], StringComparison.Ordinal);
        await using var audit = app.Services.GetRequiredService<CoProDbContextFactory>().Create();
        var entry = await audit.AuditLog.SingleAsync();
        Assert.Equal(AuditActions.SignUpsExported, entry.Action);
    }

    [Fact]
    public async Task StaffPolicyThatIsNotRegistered_StopsStartUpWithAClearMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync("Staf", registerPolicy: "Staff"));

        Assert.Contains("CoProWidgets:StaffPolicy names the authorization policy 'Staf', which is not registered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("", "")]
    public void Cell_QuotesAndDefusesAsSpreadsheetsNeed(string value, string expected) =>
        Assert.Equal(expected, CoProWidgets.Http.Csv.Cell(value));

    private static SignUpRequest Request(string email, string name) =>
        new(email, name, ["gp-access", "care-homes"], ByEmail: true, ByPhone: false, ByPost: false, null, null, "consent-v1", "web form");

    /// <summary>Posts the export as the staff page's form does: with the antiforgery token of a page shown to the same user.</summary>
    private static async Task<HttpResponseMessage> ExportAsync(WebApplication app, string user)
    {
        var client = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = app.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        client.DefaultRequestHeaders.Add(HeaderAuthentication.Header, user);
        using var page = await client.GetAsync(new Uri("/copro/staff/people", UriKind.Relative));
        var token = page.IsSuccessStatusCode ? (await page.ReadDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") : null;
        return await client.PostAsync(new Uri(ExportPath, UriKind.Relative), new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]));
    }

    private async Task<WebApplication> StartAsync(string? staffPolicy, string? registerPolicy = null)
    {
        _database ??= await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:StaffPolicy"] = staffPolicy,
            ["CoProWidgets:Email:PollInterval"] = "01:00:00",
        };
        return await LibraryHost.StartAsync(settings, services => HeaderAuthentication.AddTo(services, registerPolicy ?? staffPolicy ?? "Staff"));
    }
}
