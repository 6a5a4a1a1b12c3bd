namespace CoProWidgets.Screening;

/// <summary>
/// The answer rewritten so numbers and email addresses said in words look as they are written ("oh seven" as
/// "07", "jane dot smith at gmail dot com" as "jane.smith@gmail.com"), with, for each character, the span of the
/// original text it came from, so a finding in the rewritten text points back at what the person wrote.
/// </summary>
internal sealed class NormalisedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private NormalisedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>The text with the given spans of it replaced; spans must be in order and must not overlap.</summary>
    public static NormalisedText Replace(string original, IReadOnlyList<(int Start, int Length, string With)> replacements)
    {
        var text = new System.Text.StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var at = 0;
        foreach (var (start, length, with) in replacements)
        {
            for (; at < start; at++)
            {
                text.Append(original[at]);
                starts.Add(at);
                ends.Add(at + 1);
            }

            foreach (var c in with)
            {
                text.Append(c);
                starts.Add(start);
                ends.Add(start + length);
            }

            at = start + length;
        }

        for (; at < original.Length; at++)
        {
            text.Append(original[at]);
            starts.Add(at);
            ends.Add(at + 1);
        }

        return new(text.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>The span of the original text that a span of this text came from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var from = _starts[start];
        return (from, _ends[start + length - 1] - from);
    }
}
