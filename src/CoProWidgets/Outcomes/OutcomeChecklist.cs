namespace CoProWidgets.Outcomes;

/// <summary>
/// The communication checklist: an outcome should say what changed, who it affects, when, and where to find out more,
/// so that a change reaches everyone it concerns. Gaps are warnings, not errors: the outcome is still published, and
/// the editor sees them in the log and, in Development, on the page.
/// </summary>
internal static class OutcomeChecklist
{
    /// <param name="outcome">The outcome.</param>
    /// <param name="knownAreas">The area ids in get-involved.md, or null when the site has no sign-up form.</param>
    /// <param name="surveyExists">Whether a survey of that name exists.</param>
    public static IReadOnlyList<string> Check(Outcome outcome, IReadOnlyCollection<string>? knownAreas, Func<string, bool> surveyExists)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(surveyExists);
        var warnings = new List<string>();
        var changing = outcome.Status != OutcomeStatus.Listening;
        if (changing && !outcome.Has(OutcomeSection.Did))
        {
            warnings.Add("It does not say what changed: add a '## We did' section.");
        }

        if (outcome.Affects is null)
        {
            warnings.Add("It does not say who it affects: add a line 'affects: ...', such as 'affects: People registered at Riverside GP practices'.");
        }

        if (changing && outcome.When is null)
        {
            warnings.Add("It does not say when: add a line 'when: ...', such as 'when: From January 2027'.");
        }

        if (outcome.MoreUrl is null && !outcome.HasLinks)
        {
            warnings.Add("It does not say where to find out more: add a line 'more: /page-on-this-site' or 'more: https://...', or a link in the text.");
        }

        if (knownAreas is not null)
        {
            foreach (var area in outcome.Areas.Where(area => !knownAreas.Contains(area)))
            {
                warnings.Add($"The area '{area}' is not one of the areas in get-involved.md, so nobody follows it and nobody is emailed about it. Use one of: {string.Join(", ", knownAreas)}.");
            }
        }

        if (outcome.Survey is { } survey && !surveyExists(survey))
        {
            warnings.Add($"The survey '{survey}' does not exist (there is no surveys/{survey}.md), so its results cannot be linked.");
        }

        return warnings;
    }
}
