using CoProWidgets.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoProWidgets.Outcomes;

/// <summary>
/// Reads <c>outcomes/&lt;name&gt;.md</c>. Front matter: <c>title</c>, <c>date</c>, <c>status</c> and <c>areas</c>
/// (required); <c>survey</c>, <c>affects</c>, <c>when</c>, <c>more</c>, <c>summary</c> and <c>notify</c> (optional).
/// The body has up to three sections, each under a <c>##</c> heading: "You said", "We did" and "What happens next"
/// (a few other wordings are accepted); text before the first is the summary.
/// </summary>
internal static class OutcomeParser
{
    public const int MaxAreas = 30;
    public const int MaxSummaryLength = 400;

    private static readonly string[] s_fields = ["title", "date", "status", "status-date", "areas", "survey", "affects", "when", "more", "summary", "notify"];

    /// <summary>The headings of the dated progress steps.</summary>
    private static readonly HashSet<string> s_progress = new(["Progress", "Progress so far", "Milestones", "Timeline"], StringComparer.OrdinalIgnoreCase);

    public const int MaxSteps = 50;
    public const int MaxStepLength = 300;

    private static readonly Dictionary<string, OutcomeSection> s_headings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["You said"] = OutcomeSection.Said,
        ["What you said"] = OutcomeSection.Said,
        ["What people said"] = OutcomeSection.Said,
        ["What we heard"] = OutcomeSection.Said,
        ["We did"] = OutcomeSection.Did,
        ["What we did"] = OutcomeSection.Did,
        ["What changed"] = OutcomeSection.Did,
        ["What we are doing"] = OutcomeSection.Did,
        ["What happens next"] = OutcomeSection.Next,
        ["Next steps"] = OutcomeSection.Next,
        ["What next"] = OutcomeSection.Next,
    };

    public static Outcome Parse(string name, ContentFile file, MarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(markdown);
        var content = ParsedContent.Parse(file, markdown);
        var frontMatter = content.FrontMatter;
        frontMatter.RejectUnknownFields(s_fields);
        var title = frontMatter.RequireString("title", 150);
        var date = frontMatter.GetDate("date") ?? throw file.Error(frontMatter.LineOf("date"), OutcomeErrorText.Of("Date.Required"));
        var status = frontMatter.RequireEnum<OutcomeStatus>("status");
        var areas = frontMatter.GetList("areas", MaxAreas, ContentName.MaxLength);
        if (areas.Count == 0)
        {
            throw file.Error(frontMatter.LineOf("areas"), OutcomeErrorText.Of("Areas.Required"));
        }

        if (areas.FirstOrDefault(area => !ContentName.IsValid(area)) is { } badArea)
        {
            throw file.Error(frontMatter.LineOf("areas"), OutcomeErrorText.Of("Areas.Unknown", badArea));
        }

        var survey = frontMatter.GetString("survey", ContentName.MaxLength);
        if (survey is not null && !ContentName.IsValid(survey))
        {
            throw file.Error(frontMatter.LineOf("survey"), OutcomeErrorText.Of("Survey.Unknown", survey));
        }

        var more = frontMatter.GetString("more", 500);
        if (more is not null && !SafeLink.IsSafe(more))
        {
            throw file.Error(frontMatter.LineOf("more"), OutcomeErrorText.Of("More.Invalid", more));
        }

        var statusDate = frontMatter.GetDate("status-date");
        var (intro, sections, steps) = Sections(file, content.Body.ToList());
        if (!sections.ContainsKey(OutcomeSection.Said) && !sections.ContainsKey(OutcomeSection.Did))
        {
            throw file.Error(frontMatter.Line, OutcomeErrorText.Of("Sections.None"));
        }

        var summary = frontMatter.GetString("summary", MaxSummaryLength)
            ?? FirstParagraph(intro)
            ?? FirstParagraph(sections.GetValueOrDefault(OutcomeSection.Did) ?? [])
            ?? FirstParagraph(sections.GetValueOrDefault(OutcomeSection.Said) ?? [])
            ?? title;

        return new Outcome(markdown, sections)
        {
            Name = name,
            Title = title,
            Date = date,
            Status = status,
            StatusDate = statusDate,
            Steps = steps,
            Areas = areas,
            Survey = survey,
            Affects = frontMatter.GetString("affects", 300),
            When = frontMatter.GetString("when", 200),
            MoreUrl = more,
            Notify = frontMatter.GetYesNo("notify", defaultValue: true),
            Summary = summary.Length <= MaxSummaryLength ? summary : summary[..(MaxSummaryLength - 1)].TrimEnd() + "…",
            HasLinks = content.Document.Descendants<LinkInline>().Any(),
        };
    }

    private static (List<Block> Intro, Dictionary<OutcomeSection, IReadOnlyList<Block>> Sections, IReadOnlyList<OutcomeStep> Steps) Sections(ContentFile file, List<Block> body)
    {
        var split = ContentSections.Split(body);
        var sections = new Dictionary<OutcomeSection, IReadOnlyList<Block>>();
        List<OutcomeStep> steps = [];
        foreach (var (heading, blocks) in split.Sections)
        {
            var text = MarkdownRenderer.PlainText(heading).TrimEnd(':', '.', '?', ' ');
            if (s_progress.Contains(text))
            {
                steps = steps.Count == 0 ? Steps(file, heading, blocks) : throw file.Error(heading.Line + 1, OutcomeErrorText.Of("Steps.Twice"));
                continue;
            }

            if (!s_headings.TryGetValue(text, out var section))
            {
                throw file.Error(heading.Line + 1, OutcomeErrorText.Of("Sections.Unknown", text));
            }

            if (!sections.TryAdd(section, blocks))
            {
                throw file.Error(heading.Line + 1, OutcomeErrorText.Of("Sections.Twice", OutcomeText.Heading(section)));
            }
        }

        foreach (var (section, blocks) in sections.ToList())
        {
            if (blocks.Count == 0)
            {
                sections.Remove(section);
            }
        }

        return ([.. split.Intro], sections, steps);
    }

    /// <summary>
    /// The dated progress steps: one list, each item <c>2026-11-15: what happened</c>, oldest first on the page. A
    /// step's key (its date and its place among steps of that day) is what its email is recorded under, so rewording
    /// a step sends nothing again.
    /// </summary>
    private static List<OutcomeStep> Steps(ContentFile file, HeadingBlock heading, IReadOnlyList<Block> blocks)
    {
        if (blocks is not [ListBlock list])
        {
            throw file.Error(heading.Line + 1, OutcomeErrorText.Of("Steps.OneList"));
        }

        var steps = new List<OutcomeStep>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var line = item.Line + 1;
            var source = item.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph ? SettingLines.Source(file, paragraph).Trim() : string.Empty;
            if (SettingLines.Pair(source) is not { } pair || item.Count != 1
                || !DateOnly.TryParseExact(pair.Key, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                throw file.Error(line, OutcomeErrorText.Of("Steps.OneLine"));
            }

            if (pair.Value.Length is 0 or > MaxStepLength)
            {
                throw file.Error(line, OutcomeErrorText.Of("Steps.Words", MaxStepLength));
            }

            steps.Add(new OutcomeStep(date, pair.Value, string.Empty));
        }

        if (steps.Count > MaxSteps)
        {
            throw file.Error(heading.Line + 1, OutcomeErrorText.Of("Steps.TooMany", steps.Count, MaxSteps));
        }

        return steps.OrderBy(step => step.Date)
            .GroupBy(step => step.Date)
            .SelectMany(day => day.Select((step, i) => step with { Key = $"s{step.Date:yyyy-MM-dd}-{i + 1}" }))
            .ToList();
    }

    private static string? FirstParagraph(IEnumerable<Block> blocks) =>
        blocks.OfType<ParagraphBlock>().Select(MarkdownRenderer.PlainText).FirstOrDefault(text => text.Length > 0);
}
