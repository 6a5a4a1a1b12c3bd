using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>How a clause of a condition tests an earlier answer.</summary>
internal enum SurveyTest
{
    /// <summary><c>respondent is carer</c>: that option was chosen.</summary>
    Is,

    /// <summary><c>respondent is not staff</c>: the question was asked and that option was not chosen (or nothing was).</summary>
    IsNot,

    /// <summary><c>ways includes groups</c>: that option is among those chosen.</summary>
    Includes,

    /// <summary><c>ways does not include groups</c>: the question was asked and that option is not among those chosen.</summary>
    DoesNotInclude,
}

/// <summary>One test of one earlier question's answer, as <c>show-if</c> writes it.</summary>
internal sealed record SurveyClause(string Question, SurveyTest Test, string Option)
{
    /// <summary>Whether a test that finds the option wants it there (<c>is</c>, <c>includes</c>).</summary>
    public bool WantsOption => Test is SurveyTest.Is or SurveyTest.Includes;

    public bool IsMet(IReadOnlySet<string> asked, SurveyAnswers answers) =>
        asked.Contains(Question) && answers.Has(Question, Option) == WantsOption;

    public override string ToString() => $"{Question} {Words(Test)} {Option}";

    public static string Words(SurveyTest test) => test switch
    {
        SurveyTest.Is => "is",
        SurveyTest.IsNot => "is not",
        SurveyTest.Includes => "includes",
        _ => "does not include",
    };
}

/// <summary>
/// When a question or a page is asked (<c>show-if</c>): clauses joined by <c>and</c> and <c>or</c>, with <c>and</c>
/// binding first, held as the choices (<c>or</c>) of clause sets that must all be met (<c>and</c>). A clause about a
/// question that was not asked is never met, so whatever depends on a hidden question is hidden too.
/// </summary>
internal sealed class SurveyCondition
{
    public const int MaxLength = 500;
    public const int MaxClauses = 20;

    private SurveyCondition(IReadOnlyList<IReadOnlyList<SurveyClause>> choices, int line)
    {
        Choices = choices;
        Line = line;
    }

    /// <summary>The clause sets, any one of which met in full makes the condition true.</summary>
    public IReadOnlyList<IReadOnlyList<SurveyClause>> Choices { get; }

    /// <summary>The file line the condition is written on, for content errors found later.</summary>
    public int Line { get; }

    public IEnumerable<SurveyClause> Clauses => Choices.SelectMany(choice => choice);

    public bool IsMet(IReadOnlySet<string> asked, SurveyAnswers answers) =>
        Choices.Any(choice => choice.All(clause => clause.IsMet(asked, answers)));

    /// <summary>The condition as it is read back: clauses in order, joined by <c>and</c> and <c>or</c>.</summary>
    public override string ToString() => string.Join(" or ", Choices.Select(choice => string.Join(" and ", choice)));

    /// <summary>Reads a <c>show-if</c> value; the words only, the questions and options it names are checked with the survey.</summary>
    public static SurveyCondition Parse(ContentFile file, int line, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw file.Error(line, SurveyErrorText.Of("Condition.TooLong", text.Length, MaxLength));
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var choices = new List<IReadOnlyList<SurveyClause>>();
        var choice = new List<SurveyClause>();
        var at = 0;
        while (true)
        {
            choice.Add(Clause(file, line, words, ref at));
            if (choices.Sum(c => c.Count) + choice.Count > MaxClauses)
            {
                throw file.Error(line, SurveyErrorText.Of("Condition.TooMany", MaxClauses));
            }

            if (at == words.Length)
            {
                choices.Add(choice);
                return new SurveyCondition(choices, line);
            }

            switch (words[at++].ToLowerInvariant())
            {
                case "and":
                    break;
                case "or":
                    choices.Add(choice);
                    choice = [];
                    break;
                default:
                    throw file.Error(line, SurveyErrorText.Of("Condition.NoJoin", words[at - 1]));
            }
        }
    }

    private static SurveyClause Clause(ContentFile file, int line, string[] words, ref int at)
    {
        if (at >= words.Length)
        {
            throw file.Error(line, words.Length == 0 ? SurveyErrorText.Of("Condition.Empty") : SurveyErrorText.Of("Condition.EndsEarly", words[^1]));
        }

        var question = words[at++];
        var rest = words.Skip(at).Select(word => word.ToLowerInvariant()).ToArray();
        var (test, length) = rest switch
        {
            ["is", "not", ..] => (SurveyTest.IsNot, 2),
            ["is", ..] => (SurveyTest.Is, 1),
            ["includes", ..] => (SurveyTest.Includes, 1),
            ["does", "not", "include", ..] => (SurveyTest.DoesNotInclude, 3),
            _ => throw file.Error(line, SurveyErrorText.Of("Condition.NoTest", question)),
        };
        at += length;
        if (at >= words.Length || words[at].ToLowerInvariant() is "and" or "or")
        {
            throw file.Error(line, SurveyErrorText.Of("Condition.NoOption", question, SurveyClause.Words(test)));
        }

        var option = words[at++];
        if (!ContentName.IsValid(question) || !ContentName.IsValid(option))
        {
            throw file.Error(line, SurveyErrorText.Of("Condition.BadName", ContentName.IsValid(question) ? option : question));
        }

        return new SurveyClause(question, test, option);
    }
}
