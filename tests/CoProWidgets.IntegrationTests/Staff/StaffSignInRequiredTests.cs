using CoProWidgets.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Staff;

/// <summary>
/// A host that turns on the staff workspace but has no sign-in is stopped at start-up with what to add, instead of
/// each visit to the workspace failing with the framework's HTTP 500.
/// </summary>
public sealed class StaffSignInRequiredTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task StaffPolicy_WithoutAnAuthenticationScheme_StopsStartUpSayingWhatToConfigure()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _site.StartAsync(
            settings: [new("CoProWidgets:StaffPolicy", "Staff")],
            services: services => services.AddAuthorization(options => options.AddPolicy("Staff", policy => policy.RequireRole("staff")))));

        Assert.StartsWith("CoProWidgets:StaffPolicy is 'Staff', but the site has no sign-in: no authentication scheme is configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("builder.Services.AddAuthentication(", error.Message, StringComparison.Ordinal);
        Assert.Contains("app.UseAuthentication()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPolicy_NamingItsOwnScheme_StartsWithoutADefaultScheme()
    {
        await _site.StartAsync(
            settings: [new("CoProWidgets:StaffPolicy", "Staff")],
            services: services =>
            {
                services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
                services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, HeaderAuthentication>("Second", null);
                services.AddAuthorization(options => options.AddPolicy("Staff", policy => policy.AddAuthenticationSchemes(HeaderAuthentication.SchemeName).RequireRole("staff")));
            });

        using var client = _site.Client("staff");
        using var response = await client.GetAsync(new Uri("/copro/staff", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
