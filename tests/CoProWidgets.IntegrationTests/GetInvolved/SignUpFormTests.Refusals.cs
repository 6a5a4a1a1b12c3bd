using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>What the form refuses, what it never reveals, and where it goes back to.</summary>
public sealed partial class SignUpFormTests
{
    [Fact]
    public async Task SignUp_WithoutTheAntiforgeryToken_IsRefusedAndStoresNothing()
    {
        var form = (await FilledInFormAsync()).Remove("__RequestVerificationToken");

        using var response = await form.PostAsync(_client);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("send the form again", page.QuerySelector(".copro-error-summary li")?.TextContent, StringComparison.Ordinal);
        Assert.Null(await FindAsync("sam@example.org"));
    }

    [Fact]
    public async Task SignUp_WithTheTokenButAnotherBrowsersCookie_IsRefused()
    {
        var form = await FilledInFormAsync();
        using var stranger = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await form.PostAsync(stranger);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindAsync("sam@example.org"));
    }

    [Fact]
    public async Task SignUp_WithTheHiddenFieldFilledIn_AnswersAsIfSent_AndStoresNothing()
    {
        var form = (await FilledInFormAsync()).Set("website", "https://spam.example");

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Null(await FindAsync("sam@example.org"));
        Assert.Empty(await OutboxKindsAsync());
    }

    [Fact]
    public async Task SignUp_GivesTheSameAnswer_WhetherTheAddressIsNew_Pending_OrConfirmed()
    {
        using var first = await (await FilledInFormAsync()).PostAsync(_client);
        using var again = await (await FilledInFormAsync()).PostAsync(_client);
        var signUp = await FindAsync("sam@example.org");
        await using (var db = _site.Services.GetRequiredService<CoProDbContextFactory>().Create())
        {
            await db.SignUps.Where(s => s.Id == signUp!.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SignUpStatus.Confirmed));
        }

        using var confirmed = await (await FilledInFormAsync()).PostAsync(_client);

        Assert.All(new[] { first, again, confirmed }, response =>
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal("/Get-Involved?copro-get-involved=sent#copro-1-sent", response.Headers.Location?.OriginalString);
        });
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task SignUp_WithAReturnAddressOffTheSite_GoesToTheLibrarysOwnPageInstead(string returnUrl)
    {
        var form = (await FilledInFormAsync()).Set("return", returnUrl);

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/copro/get-involved?copro-get-involved=sent#copro-1-sent", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignUp_KeepsTheReturnPagesOwnQuery_AndDropsAnOldSentFlag()
    {
        var page = await _client.GetDocumentAsync("/Get-Involved?from=newsletter&copro-get-involved=sent");
        Assert.NotNull(page.QuerySelector("#copro-1-sent"));
        var form = (await FilledInFormAsync()).Set("return", "/Get-Involved?from=newsletter");

        using var response = await form.PostAsync(_client);

        Assert.Equal("/Get-Involved?from=newsletter&copro-get-involved=sent#copro-1-sent", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignUp_WithABodyOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var form = (await FilledInFormAsync()).Set("address", new string('x', 20_000));

        using var response = await form.PostAsync(_client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindAsync("sam@example.org"));
    }
}
