using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// Checks every <c>show-if</c> of a survey against its questions, so an editor learns at once, with the file and line,
/// of a condition that names what is not there, looks at an answer not yet given, routes on words or on equality
/// answers, or can never be true (alone, or because what it looks at is itself asked only when it cannot be).
/// </summary>
internal static class SurveyConditionCheck
{
    // Beyond this many ways for a question to be asked the check stops expanding and trusts the editor: a survey
    // written to be that tangled is rare, and the cost must stay bounded for any file.
    private const int MaxWays = 4096;

    public static void Check(ContentFile file, IReadOnlyList<IReadOnlyList<SurveyQuestion>> pages, IReadOnlyList<SurveyPageDetails> details)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(details);
        var questions = pages.SelectMany(page => page).ToDictionary(question => question.Id, StringComparer.Ordinal);
        var ways = new Dictionary<string, List<List<SurveyClause>>?>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            if (details[page].ShowIf is { } pageCondition)
            {
                CheckNames(file, pageCondition, page, questions, "Condition.SamePage.Page");
            }

            foreach (var question in pages[page])
            {
                if (question.ShowIf is { } condition)
                {
                    CheckNames(file, condition, page, questions, "Condition.SamePage.Question");
                }

                var asked = And(Expand(details[page].ShowIf, id => ways[id]), Expand(question.ShowIf, id => ways[id]));
                if (asked is { Count: 0 })
                {
                    var line = question.ShowIf?.Line ?? details[page].ShowIf!.Line;
                    throw file.Error(line, Never(question, details[page]));
                }

                ways[question.Id] = asked;
            }
        }
    }

    private static void CheckNames(ContentFile file, SurveyCondition condition, int page, Dictionary<string, SurveyQuestion> questions, string samePage)
    {
        foreach (var clause in condition.Clauses)
        {
            if (!questions.TryGetValue(clause.Question, out var earlier))
            {
                throw file.Error(condition.Line, SurveyErrorText.Of("Condition.UnknownQuestion", clause.Question));
            }

            if (earlier.Page >= page)
            {
                throw file.Error(condition.Line, SurveyErrorText.Of(earlier.Page == page ? samePage : "Condition.Later", clause.Question));
            }

            if (earlier.Type is SurveyQuestionType.Text or SurveyQuestionType.Number or SurveyQuestionType.Date || earlier.IsPrivate)
            {
                throw file.Error(condition.Line, SurveyErrorText.Of(earlier.Type is SurveyQuestionType.Text or SurveyQuestionType.Number or SurveyQuestionType.Date ? "Condition.NotChosen" : "Condition.Private", clause.Question));
            }

            if (earlier.LabelOf(clause.Option) is null)
            {
                throw file.Error(condition.Line, SurveyErrorText.Of("Condition.UnknownOption", clause.Option, clause.Question, string.Join(", ", earlier.Options.Select(option => option.Id))));
            }

            var multiple = earlier.Type == SurveyQuestionType.Multiple;
            if (multiple != (clause.Test is SurveyTest.Includes or SurveyTest.DoesNotInclude))
            {
                throw file.Error(condition.Line, SurveyErrorText.Of(multiple ? "Condition.Multiple" : "Condition.Single", clause.Question, clause.Option));
            }
        }
    }

    /// <summary>The ways (sets of clauses all met) a condition can be true with whatever it looks at asked; null when too many to list.</summary>
    private static List<List<SurveyClause>>? Expand(SurveyCondition? condition, Func<string, List<List<SurveyClause>>?> ways)
    {
        if (condition is null)
        {
            return [[]];
        }

        List<List<SurveyClause>>? all = [];
        foreach (var choice in condition.Choices)
        {
            List<List<SurveyClause>>? these = [[]];
            foreach (var clause in choice)
            {
                these = And(these, And([[clause]], ways(clause.Question)));
            }

            all = these is null || all is null || all.Count + these.Count > MaxWays ? null : [.. all, .. these];
        }

        return all;
    }

    private static List<List<SurveyClause>>? And(List<List<SurveyClause>>? left, List<List<SurveyClause>>? right)
    {
        if (left is null || right is null || (long)left.Count * right.Count > MaxWays)
        {
            return null;
        }

        return left.SelectMany(a => right.Select(b => a.Concat(b).Distinct().ToList())).Where(Possible).ToList();
    }

    /// <summary>Whether one answer to each question could meet every clause at once.</summary>
    private static bool Possible(List<SurveyClause> clauses) =>
        clauses.GroupBy(clause => clause.Question).All(tests =>
        {
            var wanted = tests.Where(clause => clause.WantsOption).Select(clause => clause.Option).ToHashSet(StringComparer.Ordinal);
            var unwanted = tests.Where(clause => !clause.WantsOption).Select(clause => clause.Option).ToHashSet(StringComparer.Ordinal);
            var single = tests.First().Test is SurveyTest.Is or SurveyTest.IsNot;
            return !wanted.Overlaps(unwanted) && (!single || wanted.Count <= 1);
        });

    private static ContentMessage Never(SurveyQuestion question, SurveyPageDetails page)
    {
        var own = And(Expand(page.ShowIf, _ => [[]]), Expand(question.ShowIf, _ => [[]]));
        return SurveyErrorText.Of(own is { Count: 0 } ? "Condition.NeverImpossible" : "Condition.NeverUnreachable", question.Id);
    }
}
