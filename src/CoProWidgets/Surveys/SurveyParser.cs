using System.Globalization;
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
    private static readonly string[] s_settings = ["id", "type", "required", "group", "equality", "max-length", "labels", "publish"];

    /// <summary>The question a text question with <c>publish: ask</c> is followed by.</summary>
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
            throw file.Error(frontMatter.LineOf("closes"), $"The survey closes ({closes:yyyy-MM-dd}) before it opens ({opens:yyyy-MM-dd}).");
        }

        var results = frontMatter.GetString("results", 20) is null ? SurveyResultsShown.AfterClosing : frontMatter.RequireEnum<SurveyResultsShown>("results");
        var thankYou = frontMatter.RequireString("thank-you", 1000);

        var intro = new List<Block>();
        var pages = new List<List<SurveyQuestion>> { new() };
        var body = content.Body.ToList();
        var questionLevel = ContentSections.TopLevel(body) ?? 2;
        QuestionBuilder? current = null;
        var lastBreakLine = 0;

        void Finish()
        {
            if (current is not null)
            {
                var question = current.Build(file, markdown, pages.Count - 1);
                pages[^1].Add(question);
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
                    throw file.Error(setext.Line + 1, "A line '---' straight under text makes that text a heading. To start a new page, leave a blank line above the '---'.");
                case HeadingBlock heading when heading.Level == questionLevel:
                    Finish();
                    current = new QuestionBuilder(heading, MarkdownRenderer.PlainText(heading));
                    break;
                case ThematicBreakBlock pageBreak:
                    Finish();
                    if (pages[^1].Count == 0)
                    {
                        throw file.Error(pageBreak.Line + 1, "This page break starts a page before any question: remove it, or put questions between the breaks.");
                    }

                    pages.Add([]);
                    lastBreakLine = pageBreak.Line + 1;
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
            throw file.Error(frontMatter.Line, "The survey has no questions. Start each question with a heading line such as '## How easy is it to get a GP appointment?'.");
        }

        if (pages[^1].Count == 0)
        {
            throw file.Error(lastBreakLine, "The last page break has no questions after it: remove it.");
        }

        if (questions.Count > MaxQuestions)
        {
            throw file.Error(frontMatter.Line, $"The survey has {questions.Count} questions; the most allowed is {MaxQuestions}.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var question in questions)
        {
            if (!seen.Add(question.Id))
            {
                throw file.Error(LineOf(body, question), $"The question id '{question.Id}' is used twice. Each question needs its own id.");
            }
        }

        if (questions.Count(question => question.IsGroup) > 1)
        {
            throw file.Error(LineOf(body, questions.Where(question => question.IsGroup).ElementAt(1)), "Only one question can be the group the results are split by ('group: yes').");
        }

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
            Version = ContentValues.Version(file.Text),
        };
    }

    private static int LineOf(List<Block> body, SurveyQuestion question) =>
        body.OfType<HeadingBlock>().FirstOrDefault(heading => MarkdownRenderer.PlainText(heading) == question.Text)?.Line + 1 ?? 1;

    /// <summary>Collects one question's settings, options and help text.</summary>
    private sealed class QuestionBuilder(HeadingBlock heading, string text)
    {
        private const string ThisQuestion = "This question";
        private readonly List<(string Id, string Label, int Line)> _options = [];
        private readonly List<Block> _help = [];
        private SettingLines? _settings;

        private int Line => heading.Line + 1;

        private SettingLines Settings(ContentFile file) => _settings ??= SettingLines.None(file, Line);

        public void Add(Block block, ContentFile file)
        {
            if (_settings is null && block is ParagraphBlock paragraph && SettingLines.Are(file, paragraph))
            {
                _settings = SettingLines.Read(file, paragraph, Line, s_settings, "a question setting");
                return;
            }

            _settings ??= SettingLines.None(file, Line);
            if (block is ListBlock list && _options.Count == 0)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var line = item.Line + 1;
                    var source = item.OfType<ParagraphBlock>().FirstOrDefault() is { } text ? SettingLines.Source(file, text).Trim() : string.Empty;
                    if (SettingLines.Pair(source) is not { } pair || item.Count != 1)
                    {
                        // An option line without its space after '-' is read as more of the option above it.
                        var slip = Array.FindIndex(source.Split('\n'), 1, next => next.TrimStart().StartsWith('-'));
                        throw slip > 0
                            ? file.Error(line + slip, "Put a space after the '-' of each option, like '- carer: I am a carer'.")
                            : file.Error(line, "Each option must be one line, 'id: label', such as '- carer: I am a carer'.");
                    }

                    _options.Add((pair.Key, pair.Value, line));
                }

                return;
            }

            _help.Add(block);
        }

        public SurveyQuestion Build(ContentFile file, MarkdownRenderer markdown, int page)
        {
            if (text.Length == 0)
            {
                throw file.Error(Line, "This question's heading is empty: write the question.");
            }

            if (text.Length > MaxQuestionLength)
            {
                throw file.Error(Line, $"The question is {text.Length} characters long; the most allowed is {MaxQuestionLength}.");
            }

            var settings = Settings(file);
            var id = settings.Require("id", ThisQuestion);
            if (!ContentName.IsValid(id))
            {
                throw file.Error(settings.LineOf("id"), $"The id '{id}' may use letters, digits, '-' and '_' only. It is what answers are stored under: keep it once people have answered.");
            }

            var type = settings.RequireChoice<SurveyQuestionType>("type", ThisQuestion);
            var equality = settings.GetYesNo("equality") ?? false;
            var group = settings.GetYesNo("group") ?? false;
            var required = !equality && (settings.GetYesNo("required") ?? type != SurveyQuestionType.Text);
            if (equality && settings.GetYesNo("required") == true)
            {
                throw file.Error(settings.LineOf("required"), "Equality questions are always optional: remove 'required: yes'.");
            }

            if (group && equality)
            {
                // Results split by an equality question would publish each group's answers beside its members'
                // protected characteristics; equality answers are only ever counted, never shown per person or group.
                throw file.Error(settings.LineOf("group"), "An equality question cannot also be the group results are split by: remove 'group: yes', or ask a separate question for the group.");
            }

            if (group && type != SurveyQuestionType.Single)
            {
                throw file.Error(settings.LineOf("group"), "Only a 'single' question can be the group results are split by.");
            }

            if (equality && type is not (SurveyQuestionType.Single or SurveyQuestionType.Multiple))
            {
                throw file.Error(settings.LineOf("equality"), "An equality question must be 'single' or 'multiple', with a list of options.");
            }

            var options = Options(type, equality, file, settings);
            if (settings.Has("max-length") && type != SurveyQuestionType.Text)
            {
                throw file.Error(settings.LineOf("max-length"), "'max-length' is for 'text' questions only.");
            }

            var maxLength = settings.GetNumber("max-length", 1, SurveyQuestion.MaxMaxLength) ?? SurveyQuestion.DefaultMaxLength;
            var publish = settings.Get("publish");
            if (publish is not null && (publish != "ask" || type != SurveyQuestionType.Text))
            {
                throw file.Error(settings.LineOf("publish"), type != SurveyQuestionType.Text
                    ? "'publish: ask' is for 'text' questions only: it asks whether the words written may be published."
                    : $"The field 'publish' can only be 'ask', not '{publish}'. Leave it out to never publish the answers.");
            }

            return new SurveyQuestion
            {
                Id = id,
                Text = text,
                Type = type,
                Required = required,
                Options = options,
                MaxLength = maxLength,
                IsGroup = group,
                IsEquality = equality,
                AsksToPublish = publish is not null,
                Help = _help.Count == 0 ? null : markdown.RenderBlocks(_help, 0),
                Page = page,
            };
        }

        private List<SurveyOption> Options(SurveyQuestionType type, bool equality, ContentFile file, SettingLines settings)
        {
            if (type is SurveyQuestionType.Single or SurveyQuestionType.Multiple)
            {
                if (_options.Count < 2)
                {
                    throw file.Error(Line, "This question needs at least two options, as a list of 'id: label' lines such as '- carer: I am a carer'.");
                }

                if (_options.Count > MaxOptions)
                {
                    throw file.Error(_options[MaxOptions].Line, $"The question has {_options.Count} options; the most allowed is {MaxOptions}.");
                }

                var options = new List<SurveyOption>();
                foreach (var (id, label, line) in _options)
                {
                    if (!ContentName.IsValid(id))
                    {
                        throw file.Error(line, $"The option id '{id}' may use letters, digits, '-' and '_' only.");
                    }

                    if (label.Length is 0 or > MaxLabelLength)
                    {
                        throw file.Error(line, $"Each option needs a label of at most {MaxLabelLength} characters.");
                    }

                    if (options.Any(option => string.Equals(option.Id, id, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw file.Error(line, $"The option id '{id}' is used twice in this question.");
                    }

                    options.Add(new SurveyOption(id, label));
                }

                if (equality && !options.Any(option => option.Id == PreferNotToSay.Id))
                {
                    options.Add(PreferNotToSay);
                }

                return options;
            }

            if (_options.Count > 0)
            {
                throw file.Error(_options[0].Line, $"A '{ContentValues.Kebab(type)}' question has its own answers: remove the list.");
            }

            if (type == SurveyQuestionType.Agreement && settings.Get("labels") is { } labels)
            {
                var parts = labels.Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length is < 3 or > 7 || parts.Any(part => part.Length is 0 or > MaxLabelLength))
                {
                    throw file.Error(settings.LineOf("labels"), "'labels' must be 3 to 7 labels separated by '|', from most to least agreeing, such as 'Always | Sometimes | Never'.");
                }

                return parts.Select((label, i) => new SurveyOption((i + 1).ToString(CultureInfo.InvariantCulture), label)).ToList();
            }

            if (settings.Has("labels"))
            {
                throw file.Error(settings.LineOf("labels"), "'labels' is for 'agreement' questions only.");
            }

            return type switch
            {
                SurveyQuestionType.Agreement => [.. AgreementScale],
                SurveyQuestionType.YesNo => [.. YesNo],
                _ => [],
            };
        }
    }
}
