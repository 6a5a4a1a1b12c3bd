using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.HostTests.Accounts;

/// <summary>
/// The host with single sign-on set up against a <see cref="FakeIdentityProvider"/>, two organisations (north and
/// south), a clock the tests can move on, and a browser that goes through the whole sign-in as a person's would.
/// </summary>
internal sealed class SingleSignOnSite : IAsyncDisposable
{
    public const string NorthModerators = "6a1f1c2e-0b6d-4d8e-9a53-2f1a9d3c7e01";
    public const string SouthStaff = "b2c3d4e5-1111-4222-8333-944455566677";
    public const string Unmapped = "c0ffee00-aaaa-4bbb-8ccc-dddddddddddd";

    private readonly HostSite _site;

    private SingleSignOnSite(FakeIdentityProvider provider, HostSite site)
    {
        Provider = provider;
        _site = site;
        Host = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.Configure<OpenIdConnectOptions>(SingleSignOnSignIn.Scheme, oidc => oidc.BackchannelHttpHandler = provider.Backchannel);
            services.AddSingleton<TimeProvider>(Clock);
        }));
    }

    public FakeIdentityProvider Provider { get; }

    public WebApplicationFactory<OrganisationDirectory> Host { get; }

    public MovableClock Clock { get; } = new();

    public static async Task<SingleSignOnSite> StartAsync(params KeyValuePair<string, string?>[] settings)
    {
        var provider = await FakeIdentityProvider.StartAsync();
        const string Section = SingleSignOnOptions.SectionName;
        var site = HostSite.OnSqlite([
            new($"{Section}:Authority", FakeIdentityProvider.Issuer),
            new($"{Section}:ClientId", FakeIdentityProvider.ClientId),
            new($"{Section}:ClientSecret", FakeIdentityProvider.ClientSecret),
            new($"{Section}:Groups:{NorthModerators}:0", "north:Moderation"),
            new($"{Section}:Groups:{SouthStaff}:0", "south:Staff"),
            .. settings,
        ]);
        var started = new SingleSignOnSite(provider, site);
        var survey = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "surveys", "having-a-say.md"));
        foreach (var slug in new[] { "north", "south" })
        {
            await started.AddOrganisationAsync(slug);
            site.WriteContent(slug, "surveys/having-a-say.md", survey);
        }

        return started;
    }

    public HttpClient Browser() => Host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://host.test/"), AllowAutoRedirect = false });

    /// <summary>
    /// Presses "Sign in with ..." and follows the provider's answer back; <paramref name="tamper"/> may change the
    /// answer on its way. Returns the host's last response: a redirect onwards, or the page that says why not.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string returnUrl, Action<Dictionary<string, string>>? tamper = null)
    {
        var parser = new HtmlParser();
        using var start = await browser.GetAsync(new Uri("account/single-sign-on?ReturnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, start.StatusCode);
        var form = FormPost.From(parser.ParseDocument(await start.Content.ReadAsStringAsync()), pageUrl: "/account/single-sign-on");
        using var challenge = await form.PostAsync(browser);
        var authorize = challenge.Headers.Location ?? throw new InvalidOperationException($"No challenge: {challenge.StatusCode}.");
        Assert.Equal("idp.test", authorize.Host);

        using var answer = await Provider.Browser.GetAsync(authorize);
        answer.EnsureSuccessStatusCode();
        var answerForm = parser.ParseDocument(await answer.Content.ReadAsStringAsync()).QuerySelector<IHtmlFormElement>("form")!;
        var values = answerForm.Elements.OfType<IHtmlInputElement>().ToDictionary(input => input.Name!, input => input.Value);
        tamper?.Invoke(values);
        using var content = new FormUrlEncodedContent(values);
        using var callback = await browser.PostAsync(new Uri(answerForm.GetAttribute("action")!), content);
        var next = callback.Headers.Location ?? throw new InvalidOperationException($"The callback answered {callback.StatusCode}.");
        return await browser.GetAsync(next);
    }

    /// <summary>The roles in the database of the account signed in as <paramref name="oid"/>, as "slug:Role".</summary>
    public async Task<IReadOnlyList<string>> RolesOfAsync(string oid)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByLoginAsync(SingleSignOnSignIn.Scheme, oid);
        if (user is null)
        {
            return [];
        }

        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var roles = await db.Memberships.Where(m => m.UserId == user.Id).ToListAsync();
        return [.. roles.Select(m => $"{m.OrganisationSlug}:{m.Role}").Order(StringComparer.Ordinal)];
    }

    public async Task<int> AccountCountAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Users.CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private async Task AddOrganisationAsync(string slug)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.Organisations.Add(new Organisation
        {
            Slug = slug,
            Name = $"Healthwatch {slug}",
            SiteUrl = $"https://www.{slug}.example.org/",
            EmailFrom = $"involve@{slug}.example.org",
            SafeguardingEmail = $"safeguarding@{slug}.example.org",
            Created = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await Host.Services.GetRequiredService<OrganisationDirectory>().RefreshAsync(force: true, CancellationToken.None);
    }

    /// <summary>The real time, moved on by the test: tokens stay valid while sessions grow old.</summary>
    internal sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }
}
