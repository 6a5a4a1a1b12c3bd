namespace CoProWidgets.Screening;

/// <summary>
/// One thing found in an answer, by its place in the text as written (not the normalised text), so staff can be
/// shown it and redact exactly it. <paramref name="Concern"/> names the kind of safeguarding concern, otherwise null.
/// </summary>
internal sealed record ScreeningFinding(ScreeningKind Kind, int Start, int Length, string? Concern = null);
