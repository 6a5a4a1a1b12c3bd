using System.Globalization;
using System.Text;
using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.Surveys;

/// <summary>Random survey files with random conditions on questions and pages, and random answers to a page.</summary>
internal static class RandomSurveys
{
    private static readonly string[] s_types = ["yes-no", "single", "multiple"];

    public static string Text(Random random)
    {
        var text = new StringBuilder("---\ntitle: Random\nthank-you: Thanks.\n---\n\n");
        var earlier = new List<(string Id, string Type)>();
        var pages = random.Next(1, 6);
        var number = 0;
        for (var page = 0; page < pages; page++)
        {
            var onPage = new List<(string Id, string Type)>();
            if (page > 0)
            {
                text.Append("---\n");
                if (random.Next(3) == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"title: Part {page + 1}\n");
                }

                if (random.Next(3) == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"show-if: {Condition(earlier, random)}\n");
                }

                text.Append('\n');
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var id = $"q{number++}";
                var type = s_types[random.Next(s_types.Length)];
                text.Append(CultureInfo.InvariantCulture, $"## Question {id}\nid: {id}\ntype: {type}\n");
                text.Append(random.Next(2) == 0 ? "required: no\n" : string.Empty);
                if (page > 0 && random.Next(2) == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"show-if: {Condition(earlier, random)}\n");
                }

                text.Append(type == "yes-no" ? "\n" : "\n- a: A\n- b: B\n- c: C\n\n");
                onPage.Add((id, type));
            }

            earlier.AddRange(onPage);
        }

        return text.ToString();
    }

    /// <summary>Answers to the questions shown: random options, or none for an optional question (or, when asked, a required one).</summary>
    public static Dictionary<string, IReadOnlyList<string>> Answer(IReadOnlyList<SurveyQuestion> shown, Random random, bool blankRequired)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var question in shown)
        {
            if ((question.Required && blankRequired) || (!question.Required && random.Next(3) == 0))
            {
                continue;
            }

            var options = question.Options.Select(option => option.Id).ToList();
            answers[question.Id] = question.Type == SurveyQuestionType.Multiple
                ? options.Where(_ => random.Next(2) == 0).DefaultIfEmpty(options[0]).ToList()
                : [options[random.Next(options.Count)]];
        }

        return answers;
    }

    private static string Condition(List<(string Id, string Type)> earlier, Random random)
    {
        var clauses = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
        {
            var (id, type) = earlier[random.Next(earlier.Count)];
            var option = type == "yes-no" ? (random.Next(2) == 0 ? "yes" : "no") : "abc"[random.Next(3)].ToString();
            var test = type == "multiple"
                ? (random.Next(2) == 0 ? "includes" : "does not include")
                : (random.Next(2) == 0 ? "is" : "is not");
            return $"{id} {test} {option}";
        });
        return string.Join(random.Next(2) == 0 ? " and " : " or ", clauses);
    }
}
