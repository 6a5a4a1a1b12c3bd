using System.Globalization;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// A survey's results on a page of their own, and the same aggregated figures as CSV: public, since they hold only
/// suppressed counts, and only once the survey's front matter lets results be shown.
/// </summary>
internal sealed class ResultsWidget(SurveyProvider surveys, IStringLocalizer<ResultsText> text) : IWidget
{
    public const string PageRoute = "CoProWidgets.SurveyResults";
    public const string ReportRoute = "CoProWidgets.ResultsReport";
    private const string ReportView = "~/Views/CoProWidgets/Surveys/Report.cshtml";
    public const string CsvRoute = "CoProWidgets.SurveyResultsCsv";
    private const string ResultsView = "~/Views/CoProWidgets/Surveys/Results.cshtml";

    public string Kind => "results";

    public string Label => text["Widget.Label"];

    public string LinkText => text["Widget.LinkText"];

    public WidgetAddress Address { get; } = WidgetAddress.Named(PageRoute);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(ResultsTagHelper)];

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<ResultsDisclosure>();
        services.TryAddSingleton<PublishedResults>();
        services.TryAddSingleton<ResponseBursts>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ResultsPublishing>());
    }

    public WidgetCall? Call(string? name, int? headingLevel) =>
        name is null ? null : new(this, name, typeof(ResultsViewComponent), new ResultsArguments(name, headingLevel));

    public string? Title(string? name) => name is not null && surveys.Get(name).Value is { } survey ? text["Page.Title", survey.Title].Value : null;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/surveys/{name}/results", (string name, HttpContext context) => WidgetPages.ShowAsync(context, this, name, ResultsView, new SurveyPage(name), text["Page.Missing"].Value))
            .WithName(PageRoute);
        group.MapGet("/surveys/{name}/report", (string name, HttpContext context) => WidgetPages.ShowAsync(context, this, name, ReportView, new SurveyPage(name), text["Page.ReportMissing"].Value))
            .WithName(ReportRoute);
        group.MapGet("/surveys/{name}/results.csv", WriteCsvAsync).WithName(CsvRoute);
    }

    // The survey widget reads the survey files at start.
    public void WarmUp()
    {
    }

    /// <summary>
    /// One row per question, group and answer, plus a combined "agreeing" row for agreement statements and the
    /// percentages positive and negative of the Friends and Family Test. Suppressed rows
    /// are kept, with empty figures, so the file always has the same shape.
    /// </summary>
    private static async Task<IResult> WriteCsvAsync(string name, HttpContext context, SurveyProvider surveys, ResultsDisclosure disclosure, PublishedResults published, IStringLocalizer<ResultsText> text)
    {
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey || !disclosure.MayShow(survey))
        {
            return Results.NotFound();
        }

        // The latest published snapshot, like the page: never the live counts, which would show each response.
        var latest = await published.LatestAsync(survey, context.RequestAborted);
        var questions = disclosure.Figures(survey, latest);
        await using var writer = Csv.Start(context.Response, $"{name}-results-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        await Csv.WriteRowAsync(writer, ["question_id", "question", "group", "answer_id", "answer", "count", "responses", "percent", "ci95_low_percent", "ci95_high_percent", "suppressed"]);
        foreach (var results in questions)
        {
            var question = survey.Find(results.Id)!;
            var agreeing = Proportion.AgreeingOptions(question);
            var answers = question.Options.Select((option, i) => (option.Id, Label: SurveyWords.Label(option), Index: i)).ToList();
            if (agreeing.Count > 0)
            {
                answers.Add(("agreeing", text["Csv.Agreeing", string.Join(" + ", agreeing.Select(id => question.ShownLabelOf(id)))].Value, -1));
            }

            if (results.IsFriendsAndFamily)
            {
                answers.Add(("positive", text["Fft.Positive"].Value, -2));
                answers.Add(("negative", text["Fft.Negative"].Value, -3));
            }

            foreach (var row in results.Rows)
            {
                foreach (var (id, label, index) in answers)
                {
                    // A suppressed row has no figures; a row nobody answered has counts of 0 and no shares.
                    var share = row.Shares.Count == 0 ? null : index switch { -1 => row.Agree, -2 => row.Positive, -3 => row.Negative, _ => row.Shares[index] };
                    var none = row.Suppressed || index <= -2 ? null : "0";
                    await Csv.WriteRowAsync(writer,
                    [
                        question.Id, question.Text, row.Label, id, label,
                        share?.Count.ToString(CultureInfo.InvariantCulture) ?? none,
                        share?.Total.ToString(CultureInfo.InvariantCulture) ?? none,
                        Percent(share?.Value), Percent(share?.Low), Percent(share?.High),
                        row.Suppressed ? "yes" : "no",
                    ]);
                }

                if (results.AskedOf is { } askedOf)
                {
                    // Who was asked, on a line of its own under an id no option can have: the count only where shown.
                    await Csv.WriteRowAsync(writer,
                    [
                        question.Id, question.Text, row.Label, AskedFigures.CsvAnswerId, askedOf,
                        row.Suppressed ? null : row.Asked?.ToString(CultureInfo.InvariantCulture),
                        null, null, null, null, row.Suppressed ? "yes" : "no",
                    ]);
                }
            }
        }

        return Results.Empty;
    }

    private static string? Percent(double? share) => share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) : null;
}

/// <summary>The results widget's view component arguments.</summary>
/// <param name="Survey">The survey file's name, without <c>.md</c>.</param>
/// <param name="HeadingLevel">The level of the title heading, 1 to 5, or null for the default.</param>
internal sealed record ResultsArguments(string? Survey, int? HeadingLevel);
