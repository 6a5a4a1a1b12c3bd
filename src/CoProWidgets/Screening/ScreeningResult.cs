namespace CoProWidgets.Screening;

/// <summary>Everything found in one answer, in the order it appears in the text.</summary>
internal sealed record ScreeningResult(IReadOnlyList<ScreeningFinding> Findings)
{
    /// <summary>Whether anything suggests a safeguarding concern, which a person must pass on, not just redact.</summary>
    public bool Safeguarding => Findings.Any(finding => finding.Kind == ScreeningKind.Safeguarding);

    /// <summary>Whether anything may identify someone and so must be removed before publishing.</summary>
    public bool PersonalData => Findings.Any(finding => finding.Kind != ScreeningKind.Safeguarding);

    /// <summary>Each kind found once, in the fixed order of <see cref="ScreeningKind"/>.</summary>
    public IReadOnlyList<ScreeningKind> Kinds => [.. Findings.Select(finding => finding.Kind).Distinct().Order()];
}
