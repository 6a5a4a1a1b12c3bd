using System.Net;
using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using CoProWidgets.HostTests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Operations;

public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "connection refused by db-7.internal";

    private readonly string _data = OperatedHost.NewDataFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData("widgets.example.org", "GET")]
    [InlineData("widgets.example.org", "POST")]
    [InlineData("north.test", "GET")]
    public async Task AnError_InProduction_ShowsTheErrorPage_WithNothingOfTheError(string hostName, string method)
    {
        await using var host = new OperatedHost("Production", OperatedHost.Settings(_data)) { TestServices = FailOnce };
        await host.AddOrganisationAsync("north", "north.test");
        using var client = host.ClientFor($"https://{hostName}/");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "account/anything"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Fails every request's sign-in once, as a broken database would; the error page itself is let through.</summary>
    private static void FailOnce(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, FailingHandler>(FailingHandler.SchemeName, null);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = FailingHandler.SchemeName);
    }

    private sealed class FailingHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Failing";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Context.Features.Get<IExceptionHandlerFeature>() is null
                ? throw new InvalidOperationException(Secret)
                : Task.FromResult(AuthenticateResult.NoResult());
    }
}
