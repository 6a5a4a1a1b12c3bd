using System.Text.RegularExpressions;

namespace CoProWidgets.PackageTests;

/// <summary>One step of the README's quick start: a shell block to run, or a file to write whole or append to.</summary>
public sealed record QuickStartStep(QuickStartAction Action, string? Path, string Text);

public enum QuickStartAction
{
    Run,
    Write,
    Append,
}

/// <summary>
/// The README read as a machine follows it: the fenced blocks of its "Quick start" section in order (```sh blocks run,
/// ```lang file=path written whole, ```lang append=path appended), and the tag helpers its "Widgets" table names.
/// </summary>
public static partial class QuickStart
{
    public static IReadOnlyList<QuickStartStep> Steps(string readme)
    {
        var steps = new List<QuickStartStep>();
        var lines = Section(readme, "Quick start");
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var info = lines[i][3..].Trim();
            var end = lines.FindIndex(i + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            Assert.True(end > i, $"The quick start's block '{info}' is never closed.");
            var text = string.Join('\n', lines[(i + 1)..end]) + "\n";
            steps.Add(Step(info, text));
            i = end;
        }

        return steps;
    }

    /// <summary>The tag helpers (<c>copro-principles</c>, ...) in the "Tag helper" column of the README's widget table.</summary>
    public static IReadOnlyList<string> TableTagHelpers(string readme)
    {
        var rows = Section(readme, "Widgets").Where(line => line.StartsWith('|')).ToList();
        Assert.True(rows.Count > 2, "The README's Widgets section has no table.");
        var column = Cells(rows[0]).IndexOf("Tag helper");
        Assert.True(column >= 0, "The README's widget table has no 'Tag helper' column.");
        return rows.Skip(2).SelectMany(row => TagNames(Cells(row)[column])).ToList();
    }

    public static IEnumerable<string> TagNames(string text) => TagName().Matches(text).Select(match => match.Groups[1].Value);

    private static QuickStartStep Step(string info, string text)
    {
        if (info == "sh")
        {
            return new QuickStartStep(QuickStartAction.Run, null, text);
        }

        var target = Target().Match(info);
        Assert.True(target.Success, $"The quick start's block '{info}' is neither ```sh nor names a file (file=... or append=...).");
        var action = target.Groups[1].Value == "file" ? QuickStartAction.Write : QuickStartAction.Append;
        return new QuickStartStep(action, target.Groups[2].Value, text);
    }

    private static List<string> Section(string readme, string heading)
    {
        var lines = readme.ReplaceLineEndings("\n").Split('\n').ToList();
        var start = lines.IndexOf("## " + heading);
        Assert.True(start >= 0, $"The README has no '## {heading}' section.");
        var inCode = false;
        for (var end = start + 1; end < lines.Count; end++)
        {
            inCode ^= lines[end].StartsWith("```", StringComparison.Ordinal);
            if (!inCode && lines[end].StartsWith("## ", StringComparison.Ordinal))
            {
                return lines[(start + 1)..end];
            }
        }

        return lines[(start + 1)..];
    }

    private static List<string> Cells(string row) => row.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToList();

    [GeneratedRegex(@"^\w+ (file|append)=(\S+)$")]
    private static partial Regex Target();

    [GeneratedRegex(@"<(copro-[a-z-]+)")]
    private static partial Regex TagName();
}
