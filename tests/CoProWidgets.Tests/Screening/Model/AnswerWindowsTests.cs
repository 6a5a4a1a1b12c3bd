using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening.Model;

/// <summary>The parts of an answer the model reads: short answers whole, long ones in overlapping windows of words.</summary>
public sealed class AnswerWindowsTests
{
    [Fact]
    public void AShortAnswer_IsOneWindow()
    {
        const string Text = "  The nurse was kind.  ";

        Assert.Equal([(0, Text.Length)], AnswerWindows.Of(Text));
    }

    [Fact]
    public void AnEmptyAnswer_HasNoWindow()
    {
        Assert.Empty(AnswerWindows.Of(" \n "));
    }

    [Theory]
    [InlineData(151)]
    [InlineData(400)]
    [InlineData(901)]
    public void ALongAnswer_IsReadInWindowsThatCoverEveryWordAndOverlap(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => $"w{i}"));

        var windows = AnswerWindows.Of(text);

        var read = windows.SelectMany(window => text.Substring(window.Start, window.Length).Split(' ')).ToHashSet();
        Assert.Equal(words, read.Count);
        Assert.All(windows, window => Assert.InRange(text.Substring(window.Start, window.Length).Split(' ').Length, 1, AnswerWindows.WindowWords));
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.True(pair.Second.Start < pair.First.Start + pair.First.Length, "consecutive windows overlap"));
        Assert.EndsWith($"w{words - 1}", text.Substring(windows[^1].Start, windows[^1].Length), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongAnswerWithFullStops_IsAlsoReadTwoSentencesAtATime()
    {
        var text = string.Concat(Enumerable.Repeat("The receptionist was helpful and the doctor listened. ", 20)) + "Nobody would notice. My pills are in a drawer.";

        var windows = AnswerWindows.Of(text).Select(window => text.Substring(window.Start, window.Length)).ToList();

        Assert.Contains("Nobody would notice. My pills are in a drawer.", windows);
    }

    [Theory]
    [InlineData("a ")]
    [InlineData("One. ")]
    [InlineData("The nurse was kind. ")]
    [InlineData("The receptionist was helpful and the doctor explained my blood test results clearly. ")]
    public void TheLongestAnswerAQuestionTakes_IsReadInAtMostMaxPieces(string sentence)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, (5000 / sentence.Length) + 1))[..5000];

        Assert.InRange(AnswerWindows.Of(text).Count, 1, AnswerWindows.MaxPieces);
    }

    [Fact]
    public void BlankLinesFromABrowser_MakeNoPieceWithoutWords()
    {
        var text = string.Join("\r\n\r\n", Enumerable.Range(0, 20).Select(i => $"Line {i} of a long letter about the surgery and its phones."));

        var pieces = AnswerWindows.Of(text).Select(window => text.Substring(window.Start, window.Length)).ToList();

        Assert.All(pieces, piece => Assert.Matches(@"\w", piece));
        Assert.Contains("Line 18 of a long letter about the surgery and its phones.\r\n\r\nLine 19 of a long letter about the surgery and its phones.", pieces);
    }

    [Fact]
    public void AnAnswerOfFewWordsButManyCharacters_IsReadInWindows()
    {
        var text = string.Join(' ', Enumerable.Repeat("a.b.c.d.e.f", 100));

        Assert.True(AnswerWindows.Of(text).Count > 1);
    }
}
