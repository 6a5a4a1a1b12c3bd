using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey's variant (<c>having-a-say.cy.md</c>, <c>having-a-say.easy-read.md</c>) asks what its default file asks, in
/// other words: the same pages, question ids and types in the same order, the same options (ids, in order), the same
/// required questions, group and routing (<c>show-if</c>). Only then do its answers count with the default file's, so
/// results add up across languages and formats. Anything else is a content error in the variant, with its line.
/// </summary>
internal static class SurveyVariantCheck
{
    /// <summary>The first way <paramref name="variant"/> differs from <paramref name="standard"/>, or null when it asks the same.</summary>
    public static ContentError? Compare(string variantPath, SurveyDefinition variant, string standardPath, SurveyDefinition standard)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(standard);
        var ours = variant.Questions.ToList();
        var theirs = standard.Questions.ToList();
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            if (i >= ours.Count)
            {
                return Error(variantPath, ours.LastOrDefault()?.Line ?? 0, $"The question '{theirs[i].Id}' in {standardPath} is missing here. A survey's variants must ask the same questions, so their answers are counted together.");
            }

            var question = ours[i];
            if (i >= theirs.Count)
            {
                return Error(variantPath, question.Line, $"The question '{question.Id}' is not in {standardPath}. A variant may only translate the questions, not add any.");
            }

            if (Differs(question, theirs[i]) is { } difference)
            {
                return Error(variantPath, LineOf(question, ours), $"{difference} A survey's variants must match {standardPath} in everything but their words, so their answers are counted together.");
            }
        }

        for (var page = 0; page < Math.Min(variant.PageDetails.Count, standard.PageDetails.Count); page++)
        {
            if (variant.PageDetails[page].ShowIf?.ToString() != standard.PageDetails[page].ShowIf?.ToString())
            {
                return Error(variantPath, variant.PageDetails[page].ShowIf?.Line ?? 0, $"Page {page + 1}'s 'show-if' is not the same as in {standardPath}. Copy it from there: routing must be the same in every variant.");
            }
        }

        return null;
    }

    private static string? Differs(SurveyQuestion ours, SurveyQuestion theirs)
    {
        if (ours.Id != theirs.Id)
        {
            return $"The question '{ours.Id}' is where {theirs.Id} is in the default file: keep the same ids in the same order.";
        }

        if (ours.Page != theirs.Page)
        {
            return $"The question '{ours.Id}' is on page {ours.Page + 1} here but on page {theirs.Page + 1} in the default file.";
        }

        if (ours.Type != theirs.Type || ours.Required != theirs.Required || ours.IsGroup != theirs.IsGroup || ours.IsEquality != theirs.IsEquality || ours.AsksToPublish != theirs.AsksToPublish)
        {
            return $"The question '{ours.Id}' has a different type or setting ('type', 'required', 'group', 'equality' or 'publish') from the default file.";
        }

        if (!ours.Options.Select(option => option.Id).SequenceEqual(theirs.Options.Select(option => option.Id)) || ours.Other?.Id != theirs.Other?.Id)
        {
            return $"The question '{ours.Id}' has different options from the default file ({string.Join(", ", theirs.Options.Select(option => option.Id))}): keep the same option ids in the same order and translate only their labels.";
        }

        if (ours.ShowIf?.ToString() != theirs.ShowIf?.ToString())
        {
            return $"The question '{ours.Id}' is asked on a different condition ('show-if') from the default file.";
        }

        if (ours.MaxLength != theirs.MaxLength || !Equals(ours.Dates, theirs.Dates) || !SameRange(ours.Range, theirs.Range))
        {
            return $"The question '{ours.Id}' takes a different length, range or dates from the default file.";
        }

        return null;
    }

    private static bool SameRange(SurveyNumberRange? ours, SurveyNumberRange? theirs) =>
        ours is null || theirs is null ? ours == theirs
        : ours.Min == theirs.Min && ours.Max == theirs.Max && ours.Bands.SequenceEqual(theirs.Bands);

    // A question the parser adds (an "other" box, a consent question) has no heading of its own: its question's line.
    private static int LineOf(SurveyQuestion question, List<SurveyQuestion> questions) =>
        question.Line > 0 ? question.Line
        : questions.FirstOrDefault(other => other.Id == (question.OtherFor ?? question.ConsentFor))?.Line ?? 0;

    private static ContentError Error(string file, int line, string message) => new(file, line, message);
}
