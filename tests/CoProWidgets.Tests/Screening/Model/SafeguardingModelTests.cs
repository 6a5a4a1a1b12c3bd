using System.Globalization;
using System.Text;
using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening.Model;

/// <summary>
/// The model that reads written answers as a whole: the shipped weights are the ones every corpus trains, and each
/// corpus, read by a model trained without it, shows how the model does on writing it never saw.
/// </summary>
public sealed class SafeguardingModelTests
{
    private const string Regenerate = "COPRO_WRITE_SAFEGUARDING_MODEL";

    [Fact]
    public void ShippedModel_IsTheOneEveryCorpusTrains()
    {
        var trained = LogisticRegression.Train(CorpusEmbeddings.Examples(_ => true));
        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
        {
            var folder = Path.Combine(RepositoryRoot(), "src", "CoProWidgets", "Screening");
            using (var examples = File.Create(Path.Combine(folder, "SafeguardingExamples.bin")))
            {
                trained.WriteExamples(examples);
            }

            using var writer = new StreamWriter(Path.Combine(folder, "SafeguardingModel.txt"), append: false, new UTF8Encoding(false));
            trained.Write(writer,
            [
                "Logistic regression over all-MiniLM-L6-v2 embeddings of whole written answers, plus nearness to labelled concerns (SafeguardingExamples.bin).",
                $"Trained by tests/CoProWidgets.Tests/Screening/Model on {string.Join(", ", CorpusEmbeddings.Corpora)}.",
                $"Written by: {Regenerate}=1 dotnet test tests/CoProWidgets.Tests --filter FullyQualifiedName~SafeguardingModelTests",
            ]);
            return;
        }

        var shipped = SafeguardingModel.Shipped;
        Assert.True(Math.Abs(shipped.Threshold - trained.Threshold) < 1e-3 && Math.Abs(shipped.Bias - trained.Bias) < 1e-3
            && shipped.Weights.Zip(trained.Weights).All(pair => Math.Abs(pair.First - pair.Second) < 1e-3)
            && shipped.Examples.Count == trained.Examples.Count
            && shipped.Examples.Zip(trained.Examples).All(pair => pair.First.Concern == pair.Second.Concern && pair.First.Embedding.Zip(pair.Second.Embedding).All(values => Math.Abs(values.First - values.Second) < 1e-3)),
            $"The shipped model is not the one the corpora train: run {Regenerate}=1 dotnet test tests/CoProWidgets.Tests --filter FullyQualifiedName~SafeguardingModelTests and commit src/CoProWidgets/Screening/SafeguardingModel.txt.");
    }

    // Each corpus is read by a model trained on the others, with the wording rules beside it as at submission: the
    // nearest thing here to writing nobody has seen. The wording rules were written against answers.tsv, holdout,
    // fresh and independent-a and -b (and a few filters against -d, -e and -f), so on those folds they flatter the
    // figures. All the folds together are held to the targets (nine concerns in ten found, at most one harmless answer
    // in ten flagged). Each fold by an author the rules were not written against is held to what it reached when
    // this test was written (concerns 89% to 96%; false alarms 5% to 13%, and 18% on -f and -h, whose harmless answers
    // were written to look like concerns), so no change makes any of them worse unseen.
    [Fact]
    public void EachCorpus_ReadByAModelTrainedWithoutIt_FindsNineConcernsInTenAndFlagsFewHarmlessAnswers()
    {
        var report = new StringBuilder();
        int concerns = 0, found = 0, harmless = 0, alarms = 0;
        var unseenFailures = new List<string>();
        foreach (var corpus in CorpusEmbeddings.Corpora)
        {
            var model = LogisticRegression.Train(CorpusEmbeddings.Examples(other => other != corpus));
            var answers = CorpusEmbeddings.All.Where(entry => entry.Corpus == corpus).ToList();
            bool Flagged((string, CorpusAnswer Answer, float[] Embedding) entry) =>
                AnswerScreen.Screen(entry.Answer.Text).Safeguarding || model.Score(entry.Embedding) > model.Threshold;
            var withConcern = answers.Where(entry => entry.Answer.Expected.Contains(ScreeningKind.Safeguarding)).ToList();
            var withNothing = answers.Where(entry => entry.Answer.Expected.Count == 0).ToList();
            var foundHere = withConcern.Count(Flagged);
            var alarmsHere = withNothing.Count(Flagged);
            (concerns, found, harmless, alarms) = (concerns + withConcern.Count, found + foundHere, harmless + withNothing.Count, alarms + alarmsHere);
            report.AppendLine(CultureInfo.InvariantCulture, $"{corpus}: concerns {foundHere}/{withConcern.Count}, false alarms {alarmsHere}/{withNothing.Count}");
            if (s_unseenByRules.Contains(corpus) && (foundHere < 0.86 * withConcern.Count || alarmsHere > (corpus is "independent-f.tsv" or "independent-h.tsv" ? 0.2 : 0.14) * withNothing.Count))
            {
                unseenFailures.Add(corpus);
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"all: concerns {found}/{concerns}, false alarms {alarms}/{harmless}");
        Assert.True(found >= 0.9 * concerns && alarms <= 0.1 * harmless && unseenFailures.Count == 0, report.ToString());
    }

    private static readonly HashSet<string> s_unseenByRules = new(StringComparer.Ordinal) { "independent-c.tsv", "independent-d.tsv", "independent-e.tsv", "independent-f.tsv", "independent-g.tsv", "independent-h.tsv" };

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoProWidgets.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CoProWidgets.sln) is not above the test's folder.");
    }
}
