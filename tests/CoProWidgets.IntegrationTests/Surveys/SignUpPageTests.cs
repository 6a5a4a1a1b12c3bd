using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace CoProWidgets.IntegrationTests.Surveys;

/// <summary>
/// The survey's "sign up to hear what happens next" link goes to the page where the site placed the get-involved form
/// (CoProWidgets:GetInvolved:SignUpPage), or to the library's own sign-up page when none is set; a page that is not a
/// path on the site or an https address stops the site at start-up.
/// </summary>
public sealed class SignUpPageTests : IDisposable
{
    private const string Thanks = "/Have-Your-Say?copro-survey-thanks=having-a-say";
    private readonly SampleSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task SurveyThanks_InTheSample_LinksToItsOwnGetInvolvedPage()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var thanks = await client.GetDocumentAsync(Thanks);

        Assert.Equal("/Get-Involved", thanks.QuerySelector(".copro-panel a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SurveyThanks_WithAnHttpsSignUpPage_LinksThere()
    {
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = "https://www.healthwatch.example/get-involved";
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var thanks = await client.GetDocumentAsync(Thanks);

        Assert.Equal("https://www.healthwatch.example/get-involved", thanks.QuerySelector(".copro-panel a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SurveyThanks_WithoutASignUpPage_LinksToTheLibrarysOwnPage()
    {
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = null;
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var thanks = await client.GetDocumentAsync(Thanks);

        Assert.Equal("/copro/get-involved", thanks.QuerySelector(".copro-panel a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Get-Involved")]
    [InlineData("//evil.example/get-involved")]
    [InlineData("http://www.healthwatch.example/get-involved")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/get involved")]
    public void Start_WithASignUpPageThatIsNotALocalPathOrHttps_FailsNamingTheSetting(string page)
    {
        _site.Settings["CoProWidgets:GetInvolved:SignUpPage"] = page;

        var error = Assert.Throws<OptionsValidationException>(() => _site.CreateClient());

        Assert.Contains($"CoProWidgets:GetInvolved:SignUpPage is '{page}'. It must be the path of the page", error.Message, StringComparison.Ordinal);
    }
}
