using CoProWidgets.Email;

namespace CoProWidgets.Tests.Email;

public sealed class PlainTextTests
{
    [Fact]
    public void FromHtml_SeparatesParagraphsByOneBlankLine_AndCollapsesTheHtmlsOwnSpacing()
    {
        var text = PlainText.FromHtml("<p>Hello   Sam,</p>\n\n   <p>Thank\n   you.</p>");

        Assert.Equal("Hello Sam,\n\nThank you.\n", text);
    }

    [Fact]
    public void FromHtml_WritesEachLinksAddressAfterItsText()
    {
        var text = PlainText.FromHtml("<p><a href=\"https://example.org/confirm?token=a%2Bb\">Confirm my sign-up</a></p>");

        Assert.Equal("Confirm my sign-up: https://example.org/confirm?token=a%2Bb\n", text);
    }

    [Fact]
    public void FromHtml_WritesALinkWhoseTextIsItsAddressOnce()
    {
        Assert.Equal("https://example.org/\n", PlainText.FromHtml("<p><a href=\"https://example.org/\">https://example.org/</a></p>"));
    }

    [Fact]
    public void FromHtml_ListsItemsWithDashes_AndLeavesOutTheTitle()
    {
        var text = PlainText.FromHtml("<html><head><title>Subject</title></head><body><p>Areas:</p><ul><li>Mental health</li><li>Carers</li></ul></body></html>");

        Assert.Equal("Areas:\n\n- Mental health\n- Carers\n", text);
    }

    [Fact]
    public void FromHtml_DecodesEntitiesOnce()
    {
        Assert.Equal("Fish & chips <not a tag>\n", PlainText.FromHtml("<p>Fish &amp; chips &lt;not a tag&gt;</p>"));
    }
}
