using System.IO.Compression;
using System.Text.RegularExpressions;

namespace CoProWidgets.Tests.Embed;

/// <summary>
/// The embed script's budget and the rules that let it run on any host page: at most 3 KB gzipped (for comparison, a
/// form vendor's embed loader is about 14 KB and a popular survey library's runtime about 415 KB), no dependencies, and
/// nothing a strict Content-Security-Policy forbids.
/// </summary>
public sealed class EmbedScriptTests
{
    private const int BudgetBytes = 3 * 1024;
    private static readonly string s_script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Embed", "copro.js"));

    [Fact]
    public void Script_GzippedAtTheHighestLevel_IsWithinItsThreeKilobyteBudget()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(s_script));
        }

        Assert.True(compressed.Length <= BudgetBytes, $"copro.js is {compressed.Length} bytes gzipped; the budget is {BudgetBytes}.");
        Assert.True(compressed.Length > 500, $"copro.js is only {compressed.Length} bytes gzipped: is it the real script?");
    }

    [Theory]
    [InlineData(@"\beval\s*\(", "eval")]
    [InlineData(@"\bnew\s+Function\b", "new Function")]
    [InlineData(@"\bset(Timeout|Interval)\s*\(\s*['""`]", "timers given strings")]
    [InlineData(@"document\.write", "document.write")]
    [InlineData(@"setAttribute\(\s*['""]style", "style attributes")]
    [InlineData(@"\bimport\s*\(|\brequire\s*\(|importScripts", "loading other scripts")]
    [InlineData(@"['""]\s*\*\s*['""]\s*\)", "posting messages to any origin")]
    public void Script_UsesNothingAStrictPolicyForbids_OrThatLoadsMore(string pattern, string what)
    {
        Assert.False(Regex.IsMatch(s_script, pattern), $"copro.js uses {what}.");
    }

    [Fact]
    public void Script_CheckTheOriginOfEveryMessage_AndPostsHeightsToOneOriginOnly()
    {
        Assert.Contains("e.origin != origin", s_script, StringComparison.Ordinal);
        Assert.Matches(@"postMessage\(\{[^}]*\}, parentOrigin\)", s_script);
        Assert.Contains("credentials: 'omit'", s_script, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_HoldsNoWords_TheServerWritesThemInTheWidgetsLanguage()
    {
        // A sentence in a string: a capitalised word and another after it. Its one message comes from data-copro-retry.
        var sentences = Regex.Matches(s_script, @"['""`][A-Z][a-z]+[ ,][^'""`]*['""`]").Select(match => match.Value).ToList();

        Assert.Empty(sentences);
        Assert.Contains("data-copro-retry", s_script, StringComparison.Ordinal);
    }
}
