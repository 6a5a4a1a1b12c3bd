using System.Text.Json;
using CoProWidgets.Audit;
using CoProWidgets.Content;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey's responses as CSV for staff, a row per response, streamed. Mapped only when the host names a staff
/// policy. The columns are stable: the response's id, time and survey version, one column per question id of the
/// current definition (option ids, several separated by ';'), then any answers to questions since removed, as JSON.
/// </summary>
internal static class SurveyExport
{
    public static async Task<IResult> WriteAsync(string name, HttpContext context, SurveyProvider surveys, CoProDbContextFactory contexts, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(audit);
        if (!ContentName.IsValid(name) || surveys.Get(name).Value is not { } survey)
        {
            return Results.NotFound();
        }

        await audit.RecordAsync(context.User, AuditActions.ResponsesExported, $"survey {name}", "CSV, every response", context.RequestAborted);
        var questions = survey.Questions.Select(question => question.Id).ToList();
        await using var writer = Csv.Start(context.Response, $"{name}-responses-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        await Csv.WriteRowAsync(writer, ["response_id", "submitted_at", "survey_version", .. questions, "other_answers"]);
        await using var db = contexts.Create();
        var rows = db.SurveyResponses.AsNoTracking().Where(r => r.Survey == name).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var response in rows.WithCancellation(context.RequestAborted))
        {
            var answers = SurveyAnswers.FromJson(response.Answers);
            var others = answers.All.Where(pair => !questions.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
            await Csv.WriteRowAsync(writer,
            [
                response.Id.ToString("D"),
                UkDate.Iso(response.SubmittedAt),
                response.Version,
                .. questions.Select(id => string.Join(';', answers.Of(id))),
                others.Count == 0 ? null : JsonSerializer.Serialize(others),
            ]);
        }

        return Results.Empty;
    }
}
