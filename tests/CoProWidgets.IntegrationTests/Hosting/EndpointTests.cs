using System.Net;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>MapCoProWidgets maps under a configurable prefix and hands back a convention builder.</summary>
public sealed class EndpointTests : IDisposable
{
    private readonly string _content = Repository.CopyToTemp(Repository.SampleContent);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task RoutePrefix_FromConfiguration_MovesEveryEndpoint()
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:RoutePrefix"] = "/working-together";
        var client = factory.CreateClient();

        using var moved = await client.GetAsync(new Uri("/working-together/principles/toolkit", UriKind.Relative));
        using var old = await client.GetAsync(new Uri("/copro/principles/toolkit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task MapCoProWidgets_ReturnsAConventionBuilderThatReachesEveryEndpoint()
    {
        await using var app = await StartAsync(
            services => services.AddCoProWidgets(options => options.ContentPath = _content),
            endpoints => endpoints.MapCoProWidgets().AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers["X-Host-Convention"] = "applied";
                return await next(context);
            }));

        using var response = await app.GetTestClient().GetAsync(new Uri("/copro/principles/toolkit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("applied", response.Headers.GetValues("X-Host-Convention").Single());
    }

    [Fact]
    public async Task AddCoProWidgets_WithConfigureAction_OverridesConfiguration()
    {
        await using var app = await StartAsync(
            services => services.AddCoProWidgets(options =>
            {
                options.ContentPath = _content;
                options.RoutePrefix = "/widgets";
            }),
            endpoints => endpoints.MapCoProWidgets());

        using var response = await app.GetTestClient().GetAsync(new Uri("/widgets/principles/toolkit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Preparing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapCoProWidgets_WithoutAddCoProWidgets_SaysWhatToCall()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapCoProWidgets());

        Assert.Contains("call builder.Services.AddCoProWidgets()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCoProWidgets_CalledTwice_RegistersEachServiceOnce()
    {
        await using var app = await StartAsync(
            services =>
            {
                services.AddCoProWidgets(options => options.ContentPath = _content);
                services.AddCoProWidgets();
            },
            endpoints => endpoints.MapCoProWidgets());

        using var response = await app.GetTestClient().GetAsync(new Uri("/copro/principles/toolkit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), service => service.GetType().Name == "WidgetWarmUp");
        Assert.Single(app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), service => service.GetType().Name == "OutcomeNotifier");
        Assert.Equal(["principles", "get-involved", "survey", "results", "outcomes"], app.Services.GetServices<CoProWidgets.Rendering.IWidget>().Select(widget => widget.Kind));
    }

    private async Task<WebApplication> StartAsync(Action<IServiceCollection> services, Action<IEndpointRouteBuilder> endpoints)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration["CoProWidgets:SiteUrl"] = "https://www.example.org/";
        builder.Configuration["CoProWidgets:Database:SqlitePath"] = Path.Combine(_content, "App_Data", "coprowidgets.db");
        builder.Configuration["CoProWidgets:Email:PickupDirectory"] = Path.Combine(_content, "App_Data", "mail");
        services(builder.Services);
        var app = builder.Build();
        endpoints(app);
        await app.StartAsync();
        return app;
    }
}
