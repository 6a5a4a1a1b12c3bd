using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening.Model;

/// <summary>
/// Every answer of every corpus with its embedding, worked out once per test run (about half a minute): the shipped
/// model is trained on all of them, and each corpus is also read by a model trained without it.
/// </summary>
internal static class CorpusEmbeddings
{
    private static readonly Lazy<IReadOnlyList<(string Corpus, CorpusAnswer Answer, float[] Embedding)>> s_all = new(Embed);

    /// <summary>The corpus files, by name, in a fixed order.</summary>
    public static IReadOnlyList<string> Corpora { get; } =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Screening", "Corpus"), "*.tsv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<(string Corpus, CorpusAnswer Answer, float[] Embedding)> All => s_all.Value;

    /// <summary>The examples a model learns from: each answer whole, and whether a person would see a concern in it.</summary>
    public static IReadOnlyList<(float[] Embedding, bool Concern)> Examples(Func<string, bool> corpora) =>
        [.. All.Where(entry => corpora(entry.Corpus)).Select(entry => (entry.Embedding, entry.Answer.Expected.Contains(ScreeningKind.Safeguarding)))];

    private static IReadOnlyList<(string Corpus, CorpusAnswer Answer, float[] Embedding)> Embed()
    {
        var answers = Corpora.SelectMany(corpus => CorpusAnswer.Read(corpus).Select(answer => (Corpus: corpus, Answer: answer))).ToList();
        var embeddings = new float[answers.Count][];
        Parallel.ForEach(Enumerable.Range(0, ((answers.Count - 1) / 32) + 1), batch =>
        {
            var from = batch * 32;
            var texts = answers.Skip(from).Take(32).Select(entry => entry.Answer.Text).ToArray();
            var vectors = TextEmbedder.Embed(texts);
            vectors.CopyTo(embeddings, from);
        });
        return [.. answers.Select((entry, i) => (entry.Corpus, entry.Answer, embeddings[i]))];
    }
}
