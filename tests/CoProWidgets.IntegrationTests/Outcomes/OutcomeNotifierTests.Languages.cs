using CoProWidgets.Email;
using CoProWidgets.Testing;

namespace CoProWidgets.IntegrationTests.Outcomes;

/// <summary>The background check writes to each follower in the language they signed up in, whatever the server's culture.</summary>
public sealed partial class OutcomeNotifierTests
{
    [Fact]
    public async Task EachFollower_HearsInTheLanguageTheySignedUpIn()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var transport = new RecordingTransport();
        var app = await StartAsync(transport);
        await Followers.AddAsync(Contexts(app), "saesneg@example.org", "gp-access");
        await Followers.AddAsync(Contexts(app), "cymraeg@example.org", "gp-access", language: "cy");
        await Followers.AddAsync(Contexts(app), "urdu@example.org", "gp-access", language: "ur");

        WriteOutcome("evening", "in-progress");

        await Wait.UntilAsync(() => Task.FromResult(transport.Sent.Count == 3), TimeSpan.FromSeconds(20));
        var sent = transport.Sent.ToDictionary(message => message.To.Mailboxes.Single().Address);
        Assert.Equal("You said, we did: Evening appointments", sent["saesneg@example.org"].Subject);
        Assert.DoesNotContain("lang=\"cy\"", sent["saesneg@example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.NotEqual(sent["saesneg@example.org"].Subject, sent["cymraeg@example.org"].Subject);
        Assert.Contains("lang=\"cy\"", sent["cymraeg@example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", sent["urdu@example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("keep you updated", sent["urdu@example.org"].TextBody, StringComparison.Ordinal);
    }
}
