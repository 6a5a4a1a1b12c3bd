using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CoProWidgets.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoProWidgets.Surveys;

/// <summary>
/// Reads <c>surveys/&lt;name&gt;.md</c>. Front matter: <c>title</c>, <c>opens</c>, <c>closes</c>, <c>results</c>,
/// <c>thank-you</c>. Then optional introductory text, and one <c>##</c> heading per question, followed by its settings
/// (a paragraph of <c>key: value</c> lines, <c>id</c> and <c>type</c> at least), its options as a list of
/// <c>id: label</c> items, and any help text. A line <c>---</c> (with a blank line above it) starts a new page.
/// </summary>
internal static partial class SurveyParser
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
    private static readonly string[] s_settings = ["id", "type", "required", "group", "equality", "max-length", "labels"];

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
        var questionLevel = body.OfType<HeadingBlock>().Select(heading => heading.Level).DefaultIfEmpty(2).Min();
        QuestionBuilder? current = null;
        var lastBreakLine = 0;

        void Finish()
        {
            if (current is not null)
            {
                pages[^1].Add(current.Build(file, markdown, pages.Count - 1));
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
            Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Text)))[..16],
        };
    }

    private static int LineOf(List<Block> body, SurveyQuestion question) =>
        body.OfType<HeadingBlock>().FirstOrDefault(heading => MarkdownRenderer.PlainText(heading) == question.Text)?.Line + 1 ?? 1;

    /// <summary>Collects one question's settings, options and help text.</summary>
    private sealed class QuestionBuilder(HeadingBlock heading, string text)
    {
        private readonly Dictionary<string, (string Value, int Line)> _settings = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string Id, string Label, int Line)> _options = [];
        private readonly List<Block> _help = [];
        private bool _settingsRead;

        private int Line => heading.Line + 1;

        public void Add(Block block, ContentFile file)
        {
            if (!_settingsRead && block is ParagraphBlock paragraph && IsSettings(Source(file, paragraph)))
            {
                _settingsRead = true;
                var lines = Source(file, paragraph).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var match = Setting().Match(lines[i].Trim());
                    var key = match.Groups["key"].Value;
                    if (!s_settings.Contains(key, StringComparer.OrdinalIgnoreCase))
                    {
                        throw file.Error(paragraph.Line + 1 + i, $"'{key}' is not a question setting. Use: {string.Join(", ", s_settings)}.");
                    }

                    if (!_settings.TryAdd(key, (match.Groups["value"].Value.Trim(), paragraph.Line + 1 + i)))
                    {
                        throw file.Error(paragraph.Line + 1 + i, $"The setting '{key}' is given twice.");
                    }
                }

                return;
            }

            _settingsRead = true;
            if (block is ListBlock list && _options.Count == 0)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var line = item.Line + 1;
                    var source = item.OfType<ParagraphBlock>().FirstOrDefault() is { } text ? Source(file, text).Trim() : string.Empty;
                    var match = Setting().Match(source);
                    if (!match.Success || item.Count != 1)
                    {
                        throw file.Error(line, "Each option must be one line, 'id: label', such as '- carer: I am a carer'.");
                    }

                    _options.Add((match.Groups["key"].Value, match.Groups["value"].Value.Trim(), line));
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

            var id = Require("id", file);
            if (!ContentName.IsValid(id))
            {
                throw file.Error(_settings["id"].Line, $"The id '{id}' may use letters, digits, '-' and '_' only. It is what answers are stored under: keep it once people have answered.");
            }

            var typeText = Require("type", file);
            SurveyQuestionType type = typeText.ToLowerInvariant() switch
            {
                "agreement" => SurveyQuestionType.Agreement,
                "single" => SurveyQuestionType.Single,
                "multiple" => SurveyQuestionType.Multiple,
                "text" => SurveyQuestionType.Text,
                "yes-no" => SurveyQuestionType.YesNo,
                _ => throw file.Error(_settings["type"].Line, $"The type '{typeText}' is not known. Use one of: agreement, single, multiple, text, yes-no."),
            };

            var equality = Flag("equality", file) ?? false;
            var group = Flag("group", file) ?? false;
            var required = !equality && (Flag("required", file) ?? type != SurveyQuestionType.Text);
            if (equality && Flag("required", file) == true)
            {
                throw file.Error(_settings["required"].Line, "Equality questions are always optional: remove 'required: yes'.");
            }

            if (group && equality)
            {
                // Results split by an equality question would publish each group's answers beside its members'
                // protected characteristics; equality answers are only ever counted, never shown per person or group.
                throw file.Error(_settings["group"].Line, "An equality question cannot also be the group results are split by: remove 'group: yes', or ask a separate question for the group.");
            }

            if (group && type != SurveyQuestionType.Single)
            {
                throw file.Error(_settings["group"].Line, "Only a 'single' question can be the group results are split by.");
            }

            if (equality && type is not (SurveyQuestionType.Single or SurveyQuestionType.Multiple))
            {
                throw file.Error(_settings["equality"].Line, "An equality question must be 'single' or 'multiple', with a list of options.");
            }

            var options = Options(type, equality, file);
            var maxLength = SurveyQuestion.DefaultMaxLength;
            if (_settings.TryGetValue("max-length", out var length))
            {
                if (type != SurveyQuestionType.Text)
                {
                    throw file.Error(length.Line, "'max-length' is for 'text' questions only.");
                }

                if (!int.TryParse(length.Value, NumberStyles.None, CultureInfo.InvariantCulture, out maxLength) || maxLength is < 1 or > SurveyQuestion.MaxMaxLength)
                {
                    throw file.Error(length.Line, $"'max-length' must be a whole number from 1 to {SurveyQuestion.MaxMaxLength}.");
                }
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
                Help = _help.Count == 0 ? null : markdown.RenderBlocks(_help, 0),
                Page = page,
            };
        }

        private List<SurveyOption> Options(SurveyQuestionType type, bool equality, ContentFile file)
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
                throw file.Error(_options[0].Line, $"A '{Kebab(type)}' question has its own answers: remove the list.");
            }

            if (type == SurveyQuestionType.Agreement && _settings.TryGetValue("labels", out var labels))
            {
                var parts = labels.Value.Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length is < 3 or > 7 || parts.Any(part => part.Length is 0 or > MaxLabelLength))
                {
                    throw file.Error(labels.Line, "'labels' must be 3 to 7 labels separated by '|', from most to least agreeing, such as 'Always | Sometimes | Never'.");
                }

                return parts.Select((label, i) => new SurveyOption((i + 1).ToString(CultureInfo.InvariantCulture), label)).ToList();
            }

            if (_settings.TryGetValue("labels", out var misplaced))
            {
                throw file.Error(misplaced.Line, "'labels' is for 'agreement' questions only.");
            }

            return type switch
            {
                SurveyQuestionType.Agreement => [.. AgreementScale],
                SurveyQuestionType.YesNo => [.. YesNo],
                _ => [],
            };
        }

        private string Require(string key, ContentFile file) =>
            _settings.TryGetValue(key, out var setting) && setting.Value.Length > 0
                ? setting.Value
                : throw file.Error(Line, $"This question has no '{key}'. Under the heading, add a line '{key}: ...' (settings come first, one per line).");

        private bool? Flag(string key, ContentFile file)
        {
            if (!_settings.TryGetValue(key, out var setting))
            {
                return null;
            }

            return setting.Value.ToLowerInvariant() switch
            {
                "yes" or "true" => true,
                "no" or "false" => false,
                _ => throw file.Error(setting.Line, $"'{key}' must be yes or no."),
            };
        }

        private static bool IsSettings(string source) =>
            source.Split('\n').All(line => Setting().IsMatch(line.Trim()));

        /// <summary>A block's text as written (Markdig lets go of a paragraph's lines once it has parsed them).</summary>
        private static string Source(ContentFile file, Block block) =>
            file.Text.Substring(block.Span.Start, block.Span.Length).Replace("\r", string.Empty, StringComparison.Ordinal);

        private static string Kebab(SurveyQuestionType type) => type == SurveyQuestionType.YesNo ? "yes-no" : type.ToString().ToLowerInvariant();
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+):\s*(?<value>.*)$")]
    private static partial Regex Setting();
}
