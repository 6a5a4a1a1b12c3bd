using CoProWidgets.Http;

namespace CoProWidgets.Tests.Http;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44 1632", "'+44 1632")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("＝HYPERLINK(\"x\")", "\"'＝HYPERLINK(\"\"x\"\")\"")]
    [InlineData("＋1", "'＋1")]
    [InlineData("－1", "'－1")]
    [InlineData("＠cmd", "'＠cmd")]
    [InlineData("plain, with a comma", "\"plain, with a comma\"")]
    [InlineData("a = b", "a = b")]
    public void Cell_DefusesFormulas_IncludingFullWidthSigns(string value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));
}
