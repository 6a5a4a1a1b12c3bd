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
                CheckNames(file, pageCondition, page, questions, "This page");
            }

            foreach (var question in pages[page])
            {
                if (question.ShowIf is { } condition)
                {
                    CheckNames(file, condition, page, questions, "This question");
                }

                var asked = And(Expand(details[page].ShowIf, id => ways[id]), Expand(question.ShowIf, id => ways[id]));
                if (asked is { Count: 0 })
                {
                    var line = question.ShowIf?.Line ?? details[page].ShowIf!.Line;
                    throw file.Error(line, $"'show-if' can never be true, so '{question.Id}' would never be asked: {Reason(question, details[page])}");
                }

                ways[question.Id] = asked;
            }
        }
    }

    private static void CheckNames(ContentFile file, SurveyCondition condition, int page, Dictionary<string, SurveyQuestion> questions, string what)
    {
        foreach (var clause in condition.Clauses)
        {
            if (!questions.TryGetValue(clause.Question, out var earlier))
            {
                throw file.Error(condition.Line, $"'show-if' names the question '{clause.Question}', which this survey does not have. Use a question's id.");
            }

            if (earlier.Page >= page)
            {
                throw file.Error(condition.Line, earlier.Page == page
                    ? $"'show-if' looks at '{clause.Question}', on the same page, whose answer is only known once the page is sent. {what} must be on a later page than '{clause.Question}': put a page break ('---') between them."
                    : $"'show-if' looks at '{clause.Question}', which comes later in the survey. A condition can only look at answers given on an earlier page.");
            }

            if (earlier.Type is SurveyQuestionType.Text or SurveyQuestionType.Number or SurveyQuestionType.Date || earlier.IsPrivate)
            {
                throw file.Error(condition.Line, earlier.Type is SurveyQuestionType.Text or SurveyQuestionType.Number or SurveyQuestionType.Date
                    ? $"'show-if' looks at '{clause.Question}', which is answered in words, a number or a date. Only answers chosen from a list can decide what is asked."
                    : $"'show-if' looks at '{clause.Question}', an equality or consent question. Those answers are only ever counted, never used to decide what someone is asked.");
            }

            if (earlier.LabelOf(clause.Option) is null)
            {
                throw file.Error(condition.Line, $"'show-if' names the option '{clause.Option}', which '{clause.Question}' does not have. Its options are: {string.Join(", ", earlier.Options.Select(option => option.Id))}.");
            }

            var multiple = earlier.Type == SurveyQuestionType.Multiple;
            if (multiple != (clause.Test is SurveyTest.Includes or SurveyTest.DoesNotInclude))
            {
                throw file.Error(condition.Line, multiple
                    ? $"'{clause.Question}' takes any number of answers: write '{clause.Question} includes {clause.Option}' or '{clause.Question} does not include {clause.Option}'."
                    : $"'{clause.Question}' takes one answer: write '{clause.Question} is {clause.Option}' or '{clause.Question} is not {clause.Option}'.");
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

    private static string Reason(SurveyQuestion question, SurveyPageDetails page)
    {
        var own = And(Expand(page.ShowIf, _ => [[]]), Expand(question.ShowIf, _ => [[]]));
        return own is { Count: 0 }
            ? "one answer cannot meet all of its conditions at once (a question with one answer cannot be two options, nor an option and not it)."
            : "a question it looks at is only asked when other answers make it impossible. Check the 'show-if' of the questions it names.";
    }
}
