using CoProWidgets.Email;

namespace CoProWidgets.Tests.Email;

public sealed class OutboxErrorTextTests
{
    [Theory]
    [InlineData("5.1.1 <Sam.Jones@example.org>: Recipient address rejected", "5.1.1 <[recipient]>: Recipient address rejected")]
    [InlineData("550 mailbox other.person@example.net unavailable", "550 mailbox [address] unavailable")]
    [InlineData("Relay denied\r\nfor sam.jones@example.org", "Relay denied\\u000d\\u000afor [recipient]")]
    public void ErrorText_HoldsNoAddresses_AndNoLineBreaks(string error, string expected) =>
        Assert.Equal(expected, OutboxSender.ErrorText(new InvalidOperationException(error), "sam.jones@example.org"));

    [Fact]
    public void ErrorText_IsBounded() =>
        Assert.True(OutboxSender.ErrorText(new InvalidOperationException(new string('x', 10_000)), "a@example.org").Length <= OutboxMessage.MaxErrorLength);
}
