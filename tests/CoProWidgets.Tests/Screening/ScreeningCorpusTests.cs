using CoProWidgets.Screening;
using Xunit.Abstractions;

namespace CoProWidgets.Tests.Screening;

/// <summary>
/// The screen judged on answers written as people write them: the tuning corpus (answers.tsv), a corpus held out
/// from tuning (holdout.tsv) and one written by an author who never saw the screen (independent-a.tsv), each with
/// something to find in some answers and hard look-alikes in the rest. independent-a.tsv was measured once as it
/// came (personal data 89.0%, safeguarding 15.3%, false alarms 0%) and has been tuned on since, so it is a tuning
/// corpus now and holds the same targets as answers.tsv; only a corpus nobody has read can say how well the rules
/// generalise. independent-b.tsv, by another independent author, was measured once through the real submission path
/// before anyone read it (personal data 62/80 = 77.5%, named people 17/30, street addresses 7/11; safeguarding 24/63 =
/// 38.1%; false alarms 10/122 = 8.2%). Its misses were then read by category and the screen redesigned around them
/// (scored safeguarding signals, names on their own), so it too is a tuning corpus now and holds the same targets.
/// </summary>
public sealed class ScreeningCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => new("answers.tsv", "holdout.tsv", "independent-a.tsv", "independent-b.tsv");

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Corpus_IsFoundWithFewFalseAlarms(string file)
    {
        var report = new CorpusReport(CorpusAnswer.Read(file));
        output.WriteLine(report.Describe());

        Assert.True(
            report.PersonalDataRecall >= 0.9 && report.Recall(ScreeningKind.Safeguarding) >= 0.9 && report.FalseAlarmRate <= 0.1,
            $"{file} is not screened well enough:\n{report.Describe()}");
    }

    // fresh.tsv was written after the first tuning, aiming at phrasings the patterns were not built around, and scored
    // personal data 73.7%, safeguarding 33.3%, false alarms 5% when first measured. Its misses were read while the
    // compositional rules were written, so it is no longer a held-out measure: these floors are what it scores now,
    // and the test fails if the screen gets worse on it.
    [Fact]
    public void FreshCorpus_IsScreenedNoWorseThanWhenLastMeasured()
    {
        var report = new CorpusReport(CorpusAnswer.Read("fresh.tsv"));
        output.WriteLine(report.Describe());

        Assert.True(
            report.PersonalDataRecall >= 1.0 && report.Recall(ScreeningKind.Safeguarding) >= 1.0 && report.FalseAlarmRate <= 0.0,
            $"fresh.tsv is screened worse than when first measured:\n{report.Describe()}");
    }

    [Fact]
    public void TuningCorpus_CoversEveryKindWithHarmlessLookAlikes()
    {
        var answers = CorpusAnswer.Read("answers.tsv");

        Assert.True(answers.Count >= 240, $"{answers.Count} answers");
        Assert.True(answers.Count(answer => answer.Expected.Count == 0) >= 110, "fewer than 110 harmless answers");
        Assert.True(answers.Count(answer => answer.Expected.Count > 0) * 2 >= answers.Count, "fewer than half have something to find");
        Assert.All(Enum.GetValues<ScreeningKind>(), kind =>
            Assert.True(answers.Count(answer => answer.Expected.Contains(kind)) >= (kind == ScreeningKind.Safeguarding ? 40 : 15), $"too few {kind}"));
    }

    [Fact]
    public void IndependentCorpus_HasEnoughOfEachToJudgeBy()
    {
        var answers = CorpusAnswer.Read("independent-a.tsv");

        Assert.True(answers.Count >= 250, $"{answers.Count} answers");
        Assert.Equal(answers.Count, answers.Select(answer => answer.Id).Distinct().Count());
        Assert.True(answers.Count(answer => answer.Expected.Contains(ScreeningKind.Safeguarding)) >= 50, "fewer than 50 safeguarding answers");
    }

    [Fact]
    public void HeldOutCorpus_HasEnoughAnswersToJudgeBy()
    {
        var answers = CorpusAnswer.Read("holdout.tsv");

        Assert.True(answers.Count >= 80, $"{answers.Count} answers");
        Assert.Equal(answers.Count, answers.Select(answer => answer.Id).Distinct().Count());
    }
}
