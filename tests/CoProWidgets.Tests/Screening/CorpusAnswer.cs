using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>One answer of a screening corpus and the kinds a person reading it would flag.</summary>
internal sealed record CorpusAnswer(string Id, IReadOnlySet<ScreeningKind> Expected, string Text)
{
    /// <summary>The answers in a corpus file: id, expected kinds (comma separated, or none) and text, tab separated.</summary>
    public static IReadOnlyList<CorpusAnswer> Read(string file) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Screening", "Corpus", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Select(columns => new CorpusAnswer(columns[0], Kinds(columns[1]), columns[2]))];

    private static HashSet<ScreeningKind> Kinds(string column) => column == "none" ? [] :
        [.. column.Split(',').Select(kind => Enum.Parse<ScreeningKind>(kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true))];
}
