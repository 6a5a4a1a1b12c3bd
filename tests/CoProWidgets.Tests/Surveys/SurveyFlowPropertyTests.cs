using CoProWidgets.Content;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;
using CsCheck;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// Over random surveys with random conditions, and random people who answer, skip, go back and change answers from
/// check your answers: no page is ever shown empty, every path reaches check your answers, and what is stored is
/// exactly what check your answers listed, with no answer to a question the person was not asked.
/// </summary>
public sealed class SurveyFlowPropertyTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void EveryPath_ShowsNoEmptyPage_ReachesCheck_AndStoresOnlyWhatWasAsked()
    {
        var valid = 0;
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                SurveyDefinition survey;
                try
                {
                    survey = SurveyParser.Parse("random", new ContentFile("surveys/random.md", RandomSurveys.Text(random)), _content.Markdown);
                }
                catch (ContentException)
                {
                    // Conditions that can never be true are refused by the parser; those surveys never reach a person.
                    return true;
                }

                valid++;
                return Walk(survey, random);
            },
            iter: 1_500);

        Assert.True(valid > 500, $"Only {valid} random surveys were valid: the generator makes too many that cannot work.");
    }

    private static bool Walk(SurveyDefinition survey, Random random)
    {
        var person = new SurveyJourney(survey);
        var changes = random.Next(0, 4);
        for (var step = 0; step < 400; step++)
        {
            if (person.Step == SurveyStep.Questions)
            {
                if (person.Shown.Count == 0 || !survey.Route(person.Answers).IsShown(person.Page))
                {
                    return false;
                }

                var action = random.Next(6) == 0 ? "back" : "next";
                person.Press(action, RandomSurveys.Answer(person.Shown, random, blankRequired: random.Next(8) == 0));
                continue;
            }

            if (person.Step != SurveyStep.Check)
            {
                return false;
            }

            var listed = person.Summary;
            if (changes-- > 0 && listed.Count > 0)
            {
                var question = listed[random.Next(listed.Count)];
                person.Press(SurveyChangeAction.Of(question));
                if (person.Step != SurveyStep.Questions || person.Focus != question.Id)
                {
                    return false;
                }

                continue;
            }

            var shownBack = listed.ToDictionary(question => question.Id, question => person.Answers.Of(question.Id), StringComparer.Ordinal);
            var move = person.Press("submit");
            var stored = survey.Route(SurveyJourney.Of(person.Answers.All)).Answers;
            return move.Step == SurveyStep.Thanks
                && stored.All.Keys.All(survey.Route(stored).Asked.Contains)
                && stored.All.All(pair => shownBack.TryGetValue(pair.Key, out var shown) && shown.SequenceEqual(pair.Value));
        }

        return false;
    }
}
