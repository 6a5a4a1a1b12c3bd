using CoProWidgets.Testing;
using MimeKit;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>A person who signs up in Welsh is written to in Welsh.</summary>
public sealed class SignUpLanguageTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();

    public SignUpLanguageTests() => _site.Settings["CoProWidgets:Email:PollInterval"] = "00:00:01";

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task WelshSignUp_GetsAWelshConfirmationEmail()
    {
        using var client = _site.CreateClient();
        var form = FormPost.From(await client.GetDocumentAsync("/Get-Involved?lang=cy"), "form.copro-form", "/Get-Involved?lang=cy")
            .Set("email", "cymraeg@example.org").Check("areas", "gp-access").Set("consent", "yes");
        var action = form.Action;
        Assert.Contains("lang=cy", action, StringComparison.Ordinal);
        using var content = new FormUrlEncodedContent(form.Values);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode is 302 or 303, $"The sign-up to {action} answered {response.StatusCode}.");

        var file = await WaitForMailAsync();
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Cadarnhewch eich bod am gymryd rhan", message.Subject);
        Assert.Contains("lang=\"cy\"", message.HtmlBody, StringComparison.Ordinal);
    }

    private async Task<string> WaitForMailAsync()
    {
        for (var tries = 0; tries < 100; tries++)
        {
            if (Directory.Exists(_site.MailPath) && Directory.GetFiles(_site.MailPath, "*.eml") is [var file, ..])
            {
                return file;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email was written to {_site.MailPath}.");
    }
}
