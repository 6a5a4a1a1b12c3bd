using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.Surveys;

namespace CoProWidgets.Staff;

/// <summary>
/// Which responses staff asked for: by respondent group, by channel, by one answer to a choice question, by the
/// language it was answered in, and by words in written answers. Values that name nothing in the survey, or a language
/// the site does not offer, are ignored, so a link never fails.
/// </summary>
internal sealed record StaffResponseFilter(string? Group, SurveyChannel? Channel, (string Question, string Option)? Answer, string? Search, bool Concerns = false)
{
    public const int MaxSearchLength = 100;

    /// <summary>The query parameter of the language filter: not <c>lang</c>, which names the language the page is shown in.</summary>
    public const string LanguageParameter = "language";

    /// <summary>The language asked for, as a culture writes its tag (<c>cy</c>, <c>en-GB</c>), or null for any.</summary>
    public string? Language { get; init; }

    public static StaffResponseFilter Read(SurveyDefinition survey, IReadOnlyList<string> offered, string? group, string? channel, string? answer, string? search, string? concerns = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        group = survey.GroupQuestion?.Options.Any(option => option.Id == group) == true ? group : null;
        (string, string)? chosen = null;
        if (answer?.Split(':') is [var question, var option]
            && survey.Questions.FirstOrDefault(q => q.Id == question) is { HasOptions: true } found
            && found.LabelOf(option) is not null)
        {
            chosen = (question, option);
        }

        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        search = search?[..Math.Min(search.Length, MaxSearchLength)];
        return new StaffResponseFilter(group, SurveyChannels.Parse(channel), chosen, search, concerns == "yes")
        {
            Language = RequestVariant.Offered(language, offered) is { } culture ? LanguageTag.Of(culture) : null,
        };
    }

    /// <summary>The filters as query parameters; empty ones left out.</summary>
    public IReadOnlyDictionary<string, string?> Query()
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Group is not null)
        {
            query["group"] = Group;
        }

        if (Channel is { } channel)
        {
            query["channel"] = SurveyChannels.Id(channel);
        }

        if (Answer is var (question, option))
        {
            query["answer"] = $"{question}:{option}";
        }

        if (Language is not null)
        {
            query[LanguageParameter] = Language;
        }

        if (Search is not null)
        {
            query["q"] = Search;
        }

        if (Concerns)
        {
            query["concerns"] = "yes";
        }

        return query;
    }

    /// <summary>
    /// The filters in words, for the audit log: that words were searched for, never the words, which may be a name or
    /// a phone number someone wrote.
    /// </summary>
    public string Describe() =>
        Query() is { Count: > 0 } query
            ? string.Join(", ", query.Select(pair => pair.Key == "q" ? "words in written answers" : $"{pair.Key}={pair.Value}"))
            : "no filters";
}
