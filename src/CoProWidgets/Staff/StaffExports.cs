using System.Text.Json;
using CoProWidgets.Audit;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Localisation;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Staff;

/// <summary>
/// A survey's responses, as the staff responses page filters them, downloaded as CSV (a row per response, a column
/// per question id, option ids separated by ';') or as JSON (with the survey's version and questions, so the file
/// explains itself). A question routing passed the person by says "Not asked" in the CSV (empty is asked and not
/// answered) and is listed under <c>notAsked</c> in the JSON. Each download is recorded in the audit log with its
/// filters before it starts. A survey with responses given at a kiosk has an <c>event</c> column after <c>channel</c>;
/// the others' files are as they were. Likewise <c>language</c> (a language tag such as <c>cy</c>) and <c>format</c>
/// (<c>standard</c> or <c>easy-read</c>) follow once any response was given in another language or in Easy Read; the
/// JSON gives both for every response.
/// </summary>
internal sealed class StaffExports(StaffResponses responses, AuditLog audit, TimeProvider time, CoProDbContextFactory contexts)
{
    public async Task WriteCsvAsync(HttpContext context, SurveyDefinition survey, StaffResponseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(survey);
        await audit.RecordAsync(context.User, AuditActions.ResponsesExported, $"survey {survey.Name}", $"CSV, {filter.Describe()}", context.RequestAborted);
        var questions = survey.Questions.Select(question => question.Id).ToList();
        await using var writer = Csv.Start(context.Response, $"{survey.Name}-responses-{time.GetUtcNow():yyyy-MM-dd}.csv");
        var events = await HasEventsAsync(survey, context.RequestAborted);
        var languages = await HasLanguagesAsync(survey, context.RequestAborted);
        await Csv.WriteRowAsync(writer, ["response_id", "submitted_at", "survey_version", "channel", .. events ? ["event"] : Array.Empty<string>(), .. languages ? ["language", "format"] : Array.Empty<string>(), "excluded", .. questions, "other_answers"]);
        await foreach (var (response, answers) in responses.MatchAsync(survey, filter, context.RequestAborted))
        {
            var others = answers.All.Where(pair => !questions.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
            var notAsked = SurveyNotAsked.Of(survey, answers);
            await Csv.WriteRowAsync(writer,
            [
                response.Id.ToString("D"),
                UkDate.Iso(response.SubmittedAt),
                response.Version,
                SurveyChannels.Id(response.Channel),
                .. events ? [response.EventName] : Array.Empty<string?>(),
                .. languages ? [response.Language, response.Format] : Array.Empty<string?>(),
                response.Excluded ? "yes" : "no",
                .. questions.Select(id => notAsked.Contains(id) ? SurveyNotAsked.CsvValue : string.Join(';', answers.Of(id))),
                others.Count == 0 ? null : JsonSerializer.Serialize(others),
            ]);
        }
    }

    public async Task WriteJsonAsync(HttpContext context, SurveyDefinition survey, StaffResponseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(survey);
        await audit.RecordAsync(context.User, AuditActions.ResponsesExported, $"survey {survey.Name}", $"JSON, {filter.Describe()}", context.RequestAborted);
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{survey.Name}-responses-{time.GetUtcNow():yyyy-MM-dd}.json\"";
        await using var json = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("survey", survey.Name);
        json.WriteString("title", survey.Title);
        json.WriteString("version", survey.Version);
        json.WriteString("exportedAt", time.GetUtcNow().UtcDateTime);
        json.WriteStartObject("filters");
        foreach (var (key, value) in filter.Query())
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("questions");
        foreach (var question in survey.Questions)
        {
            json.WriteStartObject();
            json.WriteString("id", question.Id);
            json.WriteString("text", question.Text);
            json.WriteString("type", question.Type.ToString().ToLowerInvariant());
            json.WriteBoolean("required", question.Required);
            if (question.HasOptions)
            {
                json.WriteStartArray("options");
                foreach (var option in question.Options)
                {
                    json.WriteStartObject();
                    json.WriteString("id", option.Id);
                    json.WriteString("label", option.Label);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("responses");
        await foreach (var (row, answers) in responses.MatchAsync(survey, filter, context.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteString("submittedOn", UkDate.Iso(row.SubmittedAt));
            json.WriteString("surveyVersion", row.Version);
            json.WriteString("channel", SurveyChannels.Id(row.Channel));
            if (row.EventName is { } eventName)
            {
                json.WriteString("event", eventName);
            }

            json.WriteString("language", row.Language);
            json.WriteString("format", row.Format);

            json.WriteBoolean("excluded", row.Excluded);
            json.WriteStartObject("answers");
            foreach (var (question, values) in answers.All)
            {
                json.WriteStartArray(question);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("notAsked");
            foreach (var question in SurveyNotAsked.Of(survey, answers).Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(question);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync(context.RequestAborted);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Whether any response was given in a language other than British English or in Easy Read: only then does the CSV
    /// have <c>language</c> and <c>format</c> columns, as it has <c>event</c> only for kiosks, so a site that offers one
    /// language gets the file it always had.
    /// </summary>
    private async Task<bool> HasLanguagesAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var standard = ContentVariant.NameOf(ContentFormat.Standard);
        return await db.SurveyResponses.AnyAsync(response => response.Survey == survey.Name && (response.Language != LanguageTag.Default || response.Format != standard), cancellationToken);
    }

    private async Task<bool> HasEventsAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.SurveyResponses.AnyAsync(response => response.Survey == survey.Name && response.EventName != null, cancellationToken);
    }
}
