using CoProWidgets.Screening;
using Xunit.Abstractions;

namespace CoProWidgets.Tests.Screening;

/// <summary>
/// The screen judged on answers written as people write them: the tuning corpus (answers.tsv) and a corpus held
/// out from tuning (holdout.tsv), each with something to find in some answers and hard look-alikes in the rest.
/// </summary>
public sealed class ScreeningCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => new("answers.tsv", "holdout.tsv");

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

    // fresh.tsv was written after tuning, aiming at phrasings the patterns were not built around, and measured once:
    // these floors are what it scored then (personal data 73.7%, safeguarding 33.3%, false alarms 5%), so the test
    // fails if the screen gets worse on it. Do not tune against it, or it stops saying anything.
    [Fact]
    public void FreshCorpus_IsScreenedNoWorseThanWhenFirstMeasured()
    {
        var report = new CorpusReport(CorpusAnswer.Read("fresh.tsv"));
        output.WriteLine(report.Describe());

        Assert.True(
            report.PersonalDataRecall >= 0.73 && report.Recall(ScreeningKind.Safeguarding) >= 0.33 && report.FalseAlarmRate <= 0.05,
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
    public void HeldOutCorpus_HasEnoughAnswersToJudgeBy()
    {
        var answers = CorpusAnswer.Read("holdout.tsv");

        Assert.True(answers.Count >= 80, $"{answers.Count} answers");
        Assert.Equal(answers.Count, answers.Select(answer => answer.Id).Distinct().Count());
    }
}
