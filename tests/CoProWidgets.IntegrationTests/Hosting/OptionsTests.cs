using CoProWidgets.Testing;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>Options come from the CoProWidgets configuration section and are checked when the host starts.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Start_WithMissingContentFolder_FailsNamingTheSettingToChange()
    {
        using var factory = new SampleSiteFactory();
        var missing = factory.ContentPath + "-missing";
        factory.ContentPath = missing;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:ContentPath points to '{missing}', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("copro")]
    [InlineData("/copro/")]
    [InlineData("/co pro")]
    [InlineData("/{id}")]
    public void Start_WithInvalidRoutePrefix_FailsNamingTheSetting(string prefix)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:RoutePrefix"] = prefix;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:RoutePrefix is '{prefix}'. It must start with '/'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Start_WithHeadingLevelOutOfRange_FailsNamingTheSetting(int level)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:DefaultHeadingLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:DefaultHeadingLevel is {level}. It must be from 1 to 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pages/Shared/_Layout.cshtml")]
    [InlineData("/Pages/Shared/_Layout")]
    [InlineData("/Pages/../Secret/_Layout.cshtml")]
    public void Start_WithStaffLayoutThatIsNotALayoutPath_FailsNamingTheSetting(string layout)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:StaffLayout"] = layout;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:StaffLayout is '{layout}'. It must be a layout's path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PeoplePolicy")]
    [InlineData("ModerationPolicy")]
    [InlineData("PublishingPolicy")]
    public void Start_WithANarrowerPolicyThatIsNotRegistered_FailsNamingIt(string setting)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings[$"CoProWidgets:{setting}"] = "Volunteers";

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:{setting} names the authorization policy 'Volunteers', which is not registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithANarrowerPolicyButNoStaffPolicy_FailsSayingToSetStaffPolicy()
    {
        var content = LibraryHost.EmptyContentFolder();
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LibraryHost.StartAsync(new Dictionary<string, string?> { ["CoProWidgets:ContentPath"] = content, ["CoProWidgets:PeoplePolicy"] = "People" }));

            Assert.Contains("CoProWidgets:PeoplePolicy is 'People', but CoProWidgets:StaffPolicy is not set", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.example.org")]
    [InlineData("https://www.example.org/news")]
    public void Start_WithEmbedOriginThatIsNotOneSite_FailsNamingTheSetting(string origin)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:Embed:AllowedOrigins:0"] = origin;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"CoProWidgets:Embed:AllowedOrigins holds '{origin}'. Each entry must be one site's origin", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("www.example.org")]
    [InlineData("ftp://www.example.org/")]
    public void Start_WithSiteUrlThatIsNotAWebAddress_FailsNamingTheSetting(string siteUrl)
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:SiteUrl"] = siteUrl;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("CoProWidgets:SiteUrl is", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultHeadingLevel_FromConfiguration_SetsEveryWidgetsTitleLevel()
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:DefaultHeadingLevel"] = "3";

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.All(page.QuerySelectorAll(".copro-principles__title"), title => Assert.Equal("H3", title.TagName));
        Assert.All(page.QuerySelectorAll(".copro-principles__item-title"), title => Assert.Equal("H4", title.TagName));
    }

    [Fact]
    public async Task IncludeStylesheet_SetToFalse_LeavesTheStylesheetToTheLayout()
    {
        using var factory = new SampleSiteFactory();
        factory.Settings["CoProWidgets:IncludeStylesheet"] = "false";

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Empty(page.QuerySelectorAll("link[href*='copro.css']"));
        Assert.NotEmpty(page.QuerySelectorAll("section.copro-principles"));
    }
}
