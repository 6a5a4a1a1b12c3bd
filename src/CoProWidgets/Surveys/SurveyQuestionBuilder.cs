using System.Globalization;
using CoProWidgets.Content;
using Markdig.Syntax;

namespace CoProWidgets.Surveys;

/// <summary>
/// Collects one question of a survey file: the paragraph of settings under its heading, its options as a list of
/// <c>id: label</c> items, and any help text; then checks them together and builds the question.
/// </summary>
internal sealed class SurveyQuestionBuilder(HeadingBlock heading, string text)
{
    private static readonly Func<string, ContentMessage> s_missing = key => SurveyErrorText.Of("Question.SettingMissing", key);
    private static readonly string[] s_settings = ["id", "type", "required", "group", "equality", "max-length", "labels", "publish", "show-if", "min", "max", "bands", "earliest", "latest", "from", "to", "other"];
    private readonly List<(string Id, string Label, int Line)> _options = [];
    private readonly List<Block> _help = [];
    private SettingLines? _settings;

    private int Line => heading.Line + 1;

    private SettingLines Settings(ContentFile file) => _settings ??= SettingLines.None(file, Line);

    public void Add(Block block, ContentFile file)
    {
        if (_settings is null && block is ParagraphBlock paragraph && SettingLines.Are(file, paragraph))
        {
            _settings = SettingLines.Read(file, paragraph, Line, s_settings, static (key, known) => SurveyErrorText.Of("Question.UnknownSetting", key, known));
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
                        ? file.Error(line + slip, SurveyErrorText.Of("Question.OptionSpace"))
                        : file.Error(line, SurveyErrorText.Of("Question.OptionOneLine"));
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
            throw file.Error(Line, SurveyErrorText.Of("Question.HeadingEmpty"));
        }

        if (text.Length > SurveyParser.MaxQuestionLength)
        {
            throw file.Error(Line, SurveyErrorText.Of("Question.TooLong", text.Length, SurveyParser.MaxQuestionLength));
        }

        var settings = Settings(file);
        var id = settings.Require("id", s_missing);
        if (!ContentName.IsValid(id))
        {
            throw file.Error(settings.LineOf("id"), SurveyErrorText.Of("Question.IdInvalid", id));
        }

        var type = settings.RequireChoice<SurveyQuestionType>("type", s_missing);
        var equality = settings.GetYesNo("equality") ?? false;
        var group = settings.GetYesNo("group") ?? false;
        var required = !equality && (settings.GetYesNo("required") ?? type != SurveyQuestionType.Text);
        if (equality && settings.GetYesNo("required") == true)
        {
            throw file.Error(settings.LineOf("required"), SurveyErrorText.Of("Question.EqualityRequired"));
        }

        if (group && equality)
        {
            // Results split by an equality question would publish each group's answers beside its members'
            // protected characteristics; equality answers are only ever counted, never shown per person or group.
            throw file.Error(settings.LineOf("group"), SurveyErrorText.Of("Question.EqualityGroup"));
        }

        if (group && type != SurveyQuestionType.Single)
        {
            throw file.Error(settings.LineOf("group"), SurveyErrorText.Of("Question.GroupNotSingle"));
        }

        if (equality && type is not (SurveyQuestionType.Single or SurveyQuestionType.Multiple))
        {
            throw file.Error(settings.LineOf("equality"), SurveyErrorText.Of("Question.EqualityType"));
        }

        SurveyQuestionKinds.RejectMisplaced(file, settings, type);
        if (type == SurveyQuestionType.FriendsAndFamily)
        {
            SurveyQuestionKinds.CheckFriendsAndFamily(file, Line, text);
        }

        var range = type == SurveyQuestionType.Number ? SurveyNumberRange.Read(file, settings) : null;
        var other = SurveyQuestionKinds.Other(file, settings, equality);
        var options = type == SurveyQuestionType.Number && _options.Count == 0 ? [.. range!.Options] : Options(type, equality, file, settings);
        if (other is not null)
        {
            if (options.Any(option => string.Equals(option.Id, other.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw file.Error(settings.LineOf("other"), SurveyErrorText.Of("Question.OtherIdTaken", other.Id));
            }

            options.Add(other);
        }

        if (settings.Has("max-length") && type != SurveyQuestionType.Text)
        {
            throw file.Error(settings.LineOf("max-length"), SurveyErrorText.Of("Question.MaxLengthNotText"));
        }

        var maxLength = settings.GetNumber("max-length", 1, SurveyQuestion.MaxMaxLength) ?? SurveyQuestion.DefaultMaxLength;
        var publish = settings.Get("publish");
        if (publish is not null && (publish != "ask" || type != SurveyQuestionType.Text))
        {
            throw file.Error(settings.LineOf("publish"), type != SurveyQuestionType.Text
                ? SurveyErrorText.Of("Question.PublishNotText")
                : SurveyErrorText.Of("Question.PublishValue", publish));
        }

        return new SurveyQuestion
        {
            Line = Line,
            Id = id,
            Text = text,
            Type = type,
            Required = required,
            Options = options,
            MaxLength = maxLength,
            IsGroup = group,
            IsEquality = equality,
            Range = range,
            Dates = type == SurveyQuestionType.Date ? SurveyDateBounds.Read(file, settings) : null,
            Other = other,
            AsksToPublish = publish is not null,
            Help = _help.Count == 0 ? null : markdown.RenderBlocks(_help, 0),
            ShowIf = settings.Get("show-if") is { } showIf ? SurveyCondition.Parse(file, settings.LineOf("show-if"), showIf) : null,
            Page = page,
        };
    }

    private List<SurveyOption> Options(SurveyQuestionType type, bool equality, ContentFile file, SettingLines settings)
    {
        if (type is SurveyQuestionType.Single or SurveyQuestionType.Multiple)
        {
            if (_options.Count < 2)
            {
                throw file.Error(Line, SurveyErrorText.Of("Question.TwoOptions"));
            }

            if (_options.Count > SurveyParser.MaxOptions)
            {
                throw file.Error(_options[SurveyParser.MaxOptions].Line, SurveyErrorText.Of("Question.TooManyOptions", _options.Count, SurveyParser.MaxOptions));
            }

            var options = new List<SurveyOption>();
            foreach (var (id, label, line) in _options)
            {
                if (!ContentName.IsValid(id))
                {
                    throw file.Error(line, SurveyErrorText.Of("Question.OptionIdInvalid", id));
                }

                if (label.Length is 0 or > SurveyParser.MaxLabelLength)
                {
                    throw file.Error(line, SurveyErrorText.Of("Question.OptionLabel", SurveyParser.MaxLabelLength));
                }

                if (options.Any(option => string.Equals(option.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    throw file.Error(line, SurveyErrorText.Of("Question.OptionIdTwice", id));
                }

                options.Add(new SurveyOption(id, label));
            }

            if (equality && !options.Any(option => option.Id == SurveyParser.PreferNotToSay.Id))
            {
                options.Add(SurveyParser.PreferNotToSay);
            }

            return options;
        }

        if (_options.Count > 0)
        {
            throw file.Error(_options[0].Line, SurveyErrorText.Of("Question.OwnAnswers", ContentValues.Kebab(type)));
        }

        if (type == SurveyQuestionType.Agreement && settings.Get("labels") is { } labels)
        {
            var parts = labels.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 3 or > 7 || parts.Any(part => part.Length is 0 or > SurveyParser.MaxLabelLength))
            {
                throw file.Error(settings.LineOf("labels"), SurveyErrorText.Of("Question.Labels"));
            }

            return parts.Select((label, i) => new SurveyOption((i + 1).ToString(CultureInfo.InvariantCulture), label)).ToList();
        }

        if (type == SurveyQuestionType.Rating)
        {
            return SurveyQuestionKinds.Rating(file, settings);
        }

        if (settings.Has("labels"))
        {
            throw file.Error(settings.LineOf("labels"), SurveyErrorText.Of("Question.LabelsNotHere"));
        }

        return type switch
        {
            SurveyQuestionType.Agreement => [.. SurveyParser.AgreementScale],
            SurveyQuestionType.YesNo => [.. SurveyParser.YesNo],
            SurveyQuestionType.FriendsAndFamily => [.. SurveyQuestionKinds.FriendsAndFamily],
            _ => [],
        };
    }
}
