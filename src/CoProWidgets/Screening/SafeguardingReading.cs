namespace CoProWidgets.Screening;

/// <summary>
/// Reads a written answer as a whole with <see cref="SafeguardingModel"/>: each window of it (<see cref="AnswerWindows"/>)
/// is embedded and scored, and the window that reads most like a concern is the finding, if it scores above the
/// threshold. About 10 ms of one core for a short answer.
/// </summary>
internal static class SafeguardingReading
{
    public static (int Start, int Length, double Score)? Find(string text, SafeguardingModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        var windows = AnswerWindows.Of(text);
        var embeddings = TextEmbedder.Embed([.. windows.Select(window => text.Substring(window.Start, window.Length))], cancellationToken);
        (int, int, double)? best = null;
        for (var i = 0; i < windows.Count; i++)
        {
            var score = model.Score(embeddings[i]);
            if (score > model.Threshold && (best is not { } found || score > found.Item3))
            {
                best = (windows[i].Start, windows[i].Length, score);
            }
        }

        return best;
    }
}
