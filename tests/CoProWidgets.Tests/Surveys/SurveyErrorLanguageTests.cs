using CoProWidgets.Content;
using CoProWidgets.Localisation;
using CoProWidgets.Surveys;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Surveys;

/// <summary>
/// The survey mistakes the parser tests make, read again in a request for Welsh, Polish or Urdu: each error shows in
/// that language with its file and line, and keeps its British English message for the log.
/// </summary>
public sealed class SurveyErrorLanguageTests : IDisposable
{
    private const string FrontMatter = "---\ntitle: A survey\nthank-you: Thanks.\n---\n";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    public static TheoryData<string, string> Mistakes()
    {
        var data = new TheoryData<string, string>();
        var bodies = new[] { SurveyParserTests.Mistakes, QuestionTypeParserTests.Mistakes, SurveyRoutingTests.Mistakes }
            .SelectMany(mistakes => mistakes.Select(row => (string)row[0]));
        foreach (var body in bodies)
        {
            foreach (var language in ShippedLanguages.Translations)
            {
                data.Add(body, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_InAnotherLanguage_IsShownInIt_WithItsFileAndLine(string body, string language)
    {
        ContentError error;
        using (CultureScope.Use("en-GB"))
        {
            error = Assert.Throws<ContentException>(() => SurveyParser.Parse("test", new ContentFile("surveys/test.md", FrontMatter + "\n" + body), _content.Markdown)).Error;
        }

        using var scope = CultureScope.Use(language);
        var shown = error.ToLocalisedString();

        Assert.NotEqual(error.Message, error.LocalisedMessage);
        Assert.StartsWith($"surveys/test.md:{error.Line}: ", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{\d+\}", shown);
        Assert.Equal($"surveys/test.md:{error.Line}: {error.Message}", error.ToString());
    }
}
