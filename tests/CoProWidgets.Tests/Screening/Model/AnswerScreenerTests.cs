using CoProWidgets.Screening;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Tests.Screening.Model;

/// <summary>
/// What the screening at submission finds: the wording rules, and the model for what they miss. The answers here
/// were written for these tests and are in no corpus the model learnt from.
/// </summary>
public sealed class AnswerScreenerTests
{
    [Theory]
    [InlineData("Since her lodger arrived my aunt has to ask him for money to buy bread, and he keeps her post in his room.")]
    [InlineData("Most days I wonder whether anyone would notice if I just stopped. I have put a few weeks of my pills in a drawer.")]
    [InlineData("The lad upstairs has older men dropping him home at four in the morning with new trainers and cash, he is fourteen.")]
    [InlineData("my dad sits in the same clothes for days, the carers sign the book but I never see them come in and his fridge is empty")]
    public void AConcernToldAsAStory_IsFoundByReadingItWhole(string text)
    {
        var result = Screener().Screen(text);

        Assert.Contains(result.Findings, finding => finding.Kind == ScreeningKind.Safeguarding);
    }

    [Theory]
    [InlineData("The pharmacy on the corner is brilliant, they always have my repeat ready and explain any changes.")]
    [InlineData("Waited three weeks for a physio appointment, and the car park machine only takes coins. Otherwise fine.")]
    [InlineData("The leaflet about the memory clinic was clear and the nurse phoned the day before to remind me.")]
    public void AnOrdinaryAnswer_RaisesNoConcern(string text)
    {
        var result = Screener().Screen(text);

        Assert.DoesNotContain(result.Findings, finding => finding.Kind == ScreeningKind.Safeguarding);
    }

    [Fact]
    public void AConcernTheModelFinds_IsNamedAsReadWhole()
    {
        const string Text = "Most days I wonder whether anyone would notice if I just stopped. I have put a few weeks of my pills in a drawer.";
        Assert.False(AnswerScreen.Screen(Text).Safeguarding, "the wording rules alone miss this one");

        var finding = Assert.Single(Screener().Screen(Text).Findings, finding => finding.Kind == ScreeningKind.Safeguarding);

        Assert.Equal(SafeguardingModel.Concern, finding.Concern);
        Assert.Equal((0, Text.Length), (finding.Start, finding.Length));
    }

    [Fact]
    public void AConcernAtTheEndOfALongAnswer_IsFoundInItsWindow()
    {
        var praise = string.Concat(Enumerable.Repeat("The reception team were polite and the doctor explained my blood test results clearly. ", 30));
        const string Concern = "Most days I wonder whether anyone would notice if I just stopped. I have put a few weeks of my pills in a drawer.";
        var text = praise + Concern;
        Assert.False(AnswerScreen.Screen(text).Safeguarding, "the wording rules alone miss this one");

        var finding = Assert.Single(Screener().Screen(text).Findings, finding => finding.Kind == ScreeningKind.Safeguarding);

        Assert.True(finding.Start + finding.Length == text.Length && finding.Start > praise.Length / 2, $"found at {finding.Start}+{finding.Length} of {text.Length}");
    }

    [Fact]
    public void TheModelTurnedOff_LeavesOnlyTheWordingRules()
    {
        const string Text = "Most days I wonder whether anyone would notice if I just stopped. I have put a few weeks of my pills in a drawer.";
        var options = new CoProWidgetsOptions();
        options.Safeguarding.ReadAnswersWithModel = false;

        var result = Screener(options).Screen(Text);

        Assert.Equal(AnswerScreen.Screen(Text).Findings, result.Findings);
    }

    [Fact]
    public void AConcernTheRulesName_KeepsTheirNameAndIsNotReadAgain()
    {
        var result = Screener().Screen("he hits the children when he drinks");

        Assert.Equal(["domestic abuse"], result.Findings.Where(finding => finding.Kind == ScreeningKind.Safeguarding).Select(finding => finding.Concern));
    }

    private static AnswerScreener Screener(CoProWidgetsOptions? options = null) =>
        new(Options.Create(options ?? new CoProWidgetsOptions()), NullLogger<AnswerScreener>.Instance);
}
