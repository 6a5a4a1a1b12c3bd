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
                return Error(variantPath, ours.LastOrDefault()?.Line ?? 0, SurveyErrorText.Of("Variant.Missing", theirs[i].Id, standardPath));
            }

            var question = ours[i];
            if (i >= theirs.Count)
            {
                return Error(variantPath, question.Line, SurveyErrorText.Of("Variant.Extra", question.Id, standardPath));
            }

            if (Differs(question, theirs[i], standardPath) is { } difference)
            {
                return Error(variantPath, LineOf(question, ours), difference);
            }
        }

        for (var page = 0; page < Math.Min(variant.PageDetails.Count, standard.PageDetails.Count); page++)
        {
            if (variant.PageDetails[page].ShowIf?.ToString() != standard.PageDetails[page].ShowIf?.ToString())
            {
                return Error(variantPath, variant.PageDetails[page].ShowIf?.Line ?? 0, SurveyErrorText.Of("Variant.PageShowIf", page + 1, standardPath));
            }
        }

        return null;
    }

    // Each message ends by naming the default file, so it reads as one sentence in every language.
    private static ContentMessage? Differs(SurveyQuestion ours, SurveyQuestion theirs, string standardPath)
    {
        if (ours.Id != theirs.Id)
        {
            return SurveyErrorText.Of("Variant.Id", ours.Id, theirs.Id, standardPath);
        }

        if (ours.Page != theirs.Page)
        {
            return SurveyErrorText.Of("Variant.Page", ours.Id, ours.Page + 1, theirs.Page + 1, standardPath);
        }

        if (ours.Type != theirs.Type || ours.Required != theirs.Required || ours.IsGroup != theirs.IsGroup || ours.IsEquality != theirs.IsEquality || ours.AsksToPublish != theirs.AsksToPublish)
        {
            return SurveyErrorText.Of("Variant.Settings", ours.Id, standardPath);
        }

        if (!ours.Options.Select(option => option.Id).SequenceEqual(theirs.Options.Select(option => option.Id)) || ours.Other?.Id != theirs.Other?.Id)
        {
            return SurveyErrorText.Of("Variant.Options", ours.Id, string.Join(", ", theirs.Options.Select(option => option.Id)), standardPath);
        }

        if (ours.ShowIf?.ToString() != theirs.ShowIf?.ToString())
        {
            return SurveyErrorText.Of("Variant.ShowIf", ours.Id, standardPath);
        }

        if (ours.MaxLength != theirs.MaxLength || !Equals(ours.Dates, theirs.Dates) || !SameRange(ours.Range, theirs.Range))
        {
            return SurveyErrorText.Of("Variant.Limits", ours.Id, standardPath);
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

    private static ContentError Error(string file, int line, ContentMessage message) => new(file, line, message);
}
