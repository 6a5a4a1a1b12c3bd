using CoProWidgets.Content;
using Markdig.Syntax;

namespace CoProWidgets.Surveys;

/// <summary>
/// Reads <c>surveys/&lt;name&gt;.md</c>. Front matter: <c>title</c>, <c>opens</c>, <c>closes</c>, <c>results</c>,
/// <c>thank-you</c>. Then optional introductory text, and one <c>##</c> heading per question, followed by its settings
/// (a paragraph of <c>key: value</c> lines, <c>id</c> and <c>type</c> at least), its options as a list of
/// <c>id: label</c> items, and any help text. A line <c>---</c> (with a blank line above it) starts a new page.
/// </summary>
internal static class SurveyParser
{
    public const int MaxQuestions = 100;
    public const int MaxOptions = 30;
    public const int MaxLabelLength = 200;
    public const int MaxQuestionLength = 300;

    /// <summary>The agreement scale unless a question gives its own labels; the first two count as agreeing.</summary>
    public static readonly IReadOnlyList<SurveyOption> AgreementScale =
    [
        new("strongly-agree", "Strongly agree"),
        new("agree", "Agree"),
        new("neither", "Neither agree nor disagree"),
        new("disagree", "Disagree"),
        new("strongly-disagree", "Strongly disagree"),
    ];

    public static readonly IReadOnlyList<SurveyOption> YesNo = [new("yes", "Yes"), new("no", "No")];

    public static readonly SurveyOption PreferNotToSay = new("prefer-not-to-say", "Prefer not to say");

    private static readonly string[] s_fields = ["title", "opens", "closes", "results", "thank-you"];

    /// <summary>
    /// The question a text question with <c>publish: ask</c> is followed by, as exports write it; pages show it in
    /// their language (<see cref="SurveyQuestion.ShownText"/>).
    /// </summary>
    public const string ConsentQuestion = "May we publish what you wrote, without your name?";

    public static SurveyDefinition Parse(string name, ContentFile file, MarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(markdown);
        var content = ParsedContent.Parse(file, markdown);
        var frontMatter = content.FrontMatter;
        frontMatter.RejectUnknownFields(s_fields);
        var title = frontMatter.RequireString("title", 150);
        var opens = frontMatter.GetDate("opens");
        var closes = frontMatter.GetDate("closes");
        if (opens is not null && closes is not null && closes < opens)
        {
            throw file.Error(frontMatter.LineOf("closes"), SurveyErrorText.Of("Survey.ClosesBeforeOpens", closes.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), opens.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var results = frontMatter.GetString("results", 20) is null ? SurveyResultsShown.AfterClosing : frontMatter.RequireEnum<SurveyResultsShown>("results");
        var thankYou = frontMatter.RequireString("thank-you", 1000);

        var intro = new List<Block>();
        var pages = new List<List<SurveyQuestion>> { new() };
        var details = new List<SurveyPageDetails> { SurveyPageDetails.None };
        var body = content.Body.ToList();
        var questionLevel = ContentSections.TopLevel(body) ?? 2;
        SurveyQuestionBuilder? current = null;
        var lastBreakLine = 0;

        void Finish()
        {
            if (current is not null)
            {
                var question = current.Build(file, markdown, pages.Count - 1);
                pages[^1].Add(question);
                if (question.Other is { } other)
                {
                    // The words of an "other" answer are a written answer of their own, screened and exported like any
                    // other; the form shows them inside the question, under the option that opens them.
                    pages[^1].Add(new SurveyQuestion
                    {
                        Id = question.Id + SurveyQuestion.OtherSuffix,
                        Text = $"{question.Text} ({other.Label})",
                        Type = SurveyQuestionType.Text,
                        Required = false,
                        MaxLength = SurveyQuestion.OtherMaxLength,
                        OtherFor = question.Id,
                        ShowIf = question.ShowIf,
                        Page = question.Page,
                    });
                }

                if (question.AsksToPublish)
                {
                    // Consent is its own answer, right after the words it is about; nothing without a "yes" is ever published.
                    pages[^1].Add(new SurveyQuestion
                    {
                        Id = question.Id + SurveyQuestion.ConsentSuffix,
                        Text = ConsentQuestion,
                        Type = SurveyQuestionType.YesNo,
                        Required = false,
                        Options = [.. YesNo],
                        ConsentFor = question.Id,
                        ShowIf = question.ShowIf,
                        Page = question.Page,
                    });
                }

                current = null;
            }
        }

        foreach (var block in body)
        {
            switch (block)
            {
                case HeadingBlock { IsSetext: true } setext:
                    throw file.Error(setext.Line + 1, SurveyErrorText.Of("Survey.Setext"));
                case HeadingBlock heading when heading.Level == questionLevel:
                    Finish();
                    current = new SurveyQuestionBuilder(heading, MarkdownRenderer.PlainText(heading));
                    break;
                case ThematicBreakBlock pageBreak:
                    Finish();
                    if (pages[^1].Count == 0)
                    {
                        throw file.Error(pageBreak.Line + 1, SurveyErrorText.Of("Survey.BreakFirst"));
                    }

                    pages.Add([]);
                    details.Add(SurveyPageDetails.None);
                    lastBreakLine = pageBreak.Line + 1;
                    break;
                case ParagraphBlock paragraph when current is null && pages[^1].Count == 0 && details[^1] == SurveyPageDetails.None && SurveyPages.AreDetails(file, paragraph):
                    details[^1] = SurveyPages.ReadDetails(file, paragraph);
                    break;
                default:
                    if (current is null)
                    {
                        intro.Add(block);
                    }
                    else
                    {
                        current.Add(block, file);
                    }

                    break;
            }
        }

        Finish();
        var questions = pages.SelectMany(page => page).ToList();
        if (questions.Count == 0)
        {
            throw file.Error(frontMatter.Line, SurveyErrorText.Of("Survey.NoQuestions"));
        }

        if (pages[^1].Count == 0)
        {
            throw file.Error(lastBreakLine, SurveyErrorText.Of("Survey.LastBreak"));
        }

        if (questions.Count > MaxQuestions)
        {
            throw file.Error(frontMatter.Line, SurveyErrorText.Of("Survey.TooManyQuestions", questions.Count, MaxQuestions));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var question in questions)
        {
            if (!seen.Add(question.Id))
            {
                throw file.Error(LineOf(body, question), SurveyErrorText.Of("Survey.IdTwice", question.Id));
            }
        }

        if (questions.Count(question => question.IsGroup) > 1)
        {
            throw file.Error(LineOf(body, questions.Where(question => question.IsGroup).ElementAt(1)), SurveyErrorText.Of("Survey.OneGroup"));
        }

        SurveyConditionCheck.Check(file, pages, details);
        return new SurveyDefinition
        {
            Name = name,
            Title = title,
            Opens = opens,
            Closes = closes,
            Results = results,
            ThankYou = thankYou,
            Intro = intro.Count == 0 ? null : markdown.RenderBlocks(intro, 0),
            Pages = pages,
            PageDetails = details,
            Version = ContentValues.Version(file.Text),
        };
    }

    private static int LineOf(List<Block> body, SurveyQuestion question) =>
        body.OfType<HeadingBlock>().FirstOrDefault(heading => MarkdownRenderer.PlainText(heading) == question.Text)?.Line + 1 ?? 1;
}
