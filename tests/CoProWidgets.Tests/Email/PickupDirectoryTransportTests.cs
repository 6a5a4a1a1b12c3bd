using CoProWidgets.Email;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoProWidgets.Tests.Email;

public sealed class PickupDirectoryTransportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("copro-pickup-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Forget_BeforeAnythingWasWritten_DoesNothing()
    {
        var transport = Transport("mail-not-yet-made");

        await transport.ForgetAsync([Guid.NewGuid()], CancellationToken.None);

        Assert.False(Directory.Exists(Path.Combine(_root, "mail-not-yet-made")));
    }

    [Fact]
    public async Task Forget_DeletesTheMessagesFiles_AndNoOthers()
    {
        var transport = Transport("mail");
        var (forgotten, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await transport.SendAsync(Message(forgotten), CancellationToken.None);
        await transport.SendAsync(Message(kept), CancellationToken.None);

        await transport.ForgetAsync([forgotten], CancellationToken.None);

        Assert.Equal([$"{kept:N}.eml"], Directory.GetFiles(Path.Combine(_root, "mail")).Select(Path.GetFileName));
    }

    private PickupDirectoryTransport Transport(string folder)
    {
        var options = new CoProWidgetsOptions();
        options.Email.PickupDirectory = folder;
        return new PickupDirectoryTransport(Options.Create(options), new Host(_root));
    }

    private static MimeMessage Message(Guid id)
    {
        var message = new MimeMessage { MessageId = $"{id:N}@example.org", Subject = "S", Body = new TextPart("plain") { Text = "B" } };
        message.From.Add(MailboxAddress.Parse("from@example.org"));
        message.To.Add(MailboxAddress.Parse("to@example.org"));
        return message;
    }

    private sealed class Host(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
