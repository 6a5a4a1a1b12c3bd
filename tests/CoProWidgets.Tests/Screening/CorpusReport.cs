using System.Globalization;
using System.Text;
using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>
/// How well the screen does on a corpus: recall per kind (answers expected to have a kind that are flagged with
/// it), personal data recall over every personal kind together, and false alarms (harmless answers flagged at all).
/// </summary>
internal sealed class CorpusReport
{
    private readonly List<(CorpusAnswer Answer, IReadOnlyList<ScreeningKind> Found)> _results;

    public CorpusReport(IEnumerable<CorpusAnswer> answers) =>
        _results = [.. answers.Select(answer => (answer, AnswerScreen.Screen(answer.Text).Kinds))];

    public double Recall(ScreeningKind kind) => Recall(found => found == kind);

    public double PersonalDataRecall => Recall(kind => kind != ScreeningKind.Safeguarding);

    public double FalseAlarmRate => Harmless.Count(result => result.Found.Count > 0) / (double)Harmless.Count();

    private IEnumerable<(CorpusAnswer Answer, IReadOnlyList<ScreeningKind> Found)> Harmless => _results.Where(result => result.Answer.Expected.Count == 0);

    private double Recall(Func<ScreeningKind, bool> which)
    {
        var expected = _results.SelectMany(result => result.Answer.Expected.Where(which).Select(kind => result.Found.Contains(kind))).ToList();
        return expected.Count(found => found) / (double)expected.Count;
    }

    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var kind in Enum.GetValues<ScreeningKind>())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{kind,-14} recall {Recall(kind):P0}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"personal data recall {PersonalDataRecall:P1}, safeguarding recall {Recall(ScreeningKind.Safeguarding):P1}, false alarms {FalseAlarmRate:P1} of {Harmless.Count()} harmless");
        foreach (var (answer, found) in _results)
        {
            var missed = answer.Expected.Except(found).ToList();
            var extra = found.Except(answer.Expected).ToList();
            if (missed.Count > 0 || (answer.Expected.Count == 0 && extra.Count > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{answer.Id}: missed [{string.Join(", ", missed)}] extra [{string.Join(", ", extra)}]: {answer.Text}");
            }
        }

        return text.ToString();
    }
}
