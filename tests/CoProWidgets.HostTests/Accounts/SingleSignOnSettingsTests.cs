using System.Net;
using CoProWidgets.Host.Accounts;
using CoProWidgets.HostTests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.HostTests.Accounts;

public sealed class SingleSignOnSettingsTests
{
    private const string Section = SingleSignOnOptions.SectionName;

    [Fact]
    public async Task Unset_AddsNoScheme_AndThePageIsNotFound()
    {
        await using var site = HostSite.OnSqlite();
        using var client = site.ClientFor("host.test");

        using var page = await client.GetAsync(new Uri("account/single-sign-on", UriKind.Relative));
        var scheme = await site.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(SingleSignOnSignIn.Scheme);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Null(scheme);
    }

    [Fact]
    public void PartlySet_StopsTheHostStarting_SayingWhatToSet()
    {
        using var site = HostSite.OnSqlite(new KeyValuePair<string, string?>($"{Section}:Authority", "https://login.microsoftonline.com/common/v2.0"));

        var failure = Assert.Throws<OptionsValidationException>(() => site.Services);

        Assert.Contains("shared tenant", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Set {Section}:ClientId", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Set {Section}:ClientSecret", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Set {Section}:Groups", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("north:Moderation", true)]
    [InlineData("north : staff", true)]
    [InlineData("north", false)]
    [InlineData("North:Staff", false)]
    [InlineData("north:Owner", false)]
    [InlineData("north:2", false)]
    public void AGroupsRole_IsAnOrganisationAndARole(string text, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"{Section}:ClientId", "x")]).Build();
        var options = new SingleSignOnOptions { Authority = new Uri("https://login.microsoftonline.com/3c6f0a52-1d1b-4a43-9f2e-0c5d2f7e8a90"), ClientId = "x", ClientSecret = "y" };
        options.Groups["6a1f1c2e-0b6d-4d8e-9a53-2f1a9d3c7e01"] = [text];

        var result = new SingleSignOnValidation(configuration).Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        Assert.Equal(valid, result.Failures is null || !result.Failures.Any(f => f.Contains("is not <organisation>:<role>", StringComparison.Ordinal)));
    }
}
