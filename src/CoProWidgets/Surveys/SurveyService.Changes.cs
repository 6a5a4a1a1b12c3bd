using CoProWidgets.Quotes;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>What staff change in a stored response: excluding it, including it again, deleting it; its counts change with it.</summary>
internal sealed partial class SurveyService
{
    /// <summary>
    /// Excludes a response staff judge not genuine (a burst invented to lift a small group over the threshold, or
    /// spam): it stays stored, marked, and leaves every count it added to, in one transaction with
    /// <paramref name="alongside"/> (the audit record). False when it is not there or was excluded already.
    /// </summary>
    public Task<bool> ExcludeAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            survey,
            responseId,
            (db, _, token) => db.SurveyResponses.Where(r => r.Id == responseId && !r.Excluded).ExecuteUpdateAsync(set => set.SetProperty(r => r.Excluded, true), token),
            _ => -1,
            alongside,
            cancellationToken);

    /// <summary>
    /// Includes again a response staff had excluded: it counts as it did, in one transaction with
    /// <paramref name="alongside"/> (the audit record). False when it is not there or is not excluded.
    /// </summary>
    public Task<bool> IncludeAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            survey,
            responseId,
            (db, _, token) => db.SurveyResponses.Where(r => r.Id == responseId && r.Excluded).ExecuteUpdateAsync(set => set.SetProperty(r => r.Excluded, false), token),
            _ => 1,
            alongside,
            cancellationToken);

    /// <summary>
    /// Deletes a response for good, with the quotes made from its words: the counts it added to go down (unless it
    /// was excluded, when they did already), in one transaction with <paramref name="alongside"/> (the audit record).
    /// Refused while a safeguarding concern on it is open: whoever deals with the concern needs the words. Once staff
    /// have recorded what they did, the concern stays, holding none of the words, so what was done stays on record.
    /// </summary>
    public async Task<ResponseDeletion> DeleteAsync(SurveyDefinition survey, Guid responseId, Action<CoProDbContext>? alongside, CancellationToken cancellationToken = default)
    {
        var deleted = await ChangeAsync(
            survey,
            responseId,
            async (db, read, token) =>
            {
                // Deleted only as read (an exclusion or inclusion in between changes what the counts must lose) and
                // only with no open concern, in the one statement, so a concern raised meanwhile refuses it too.
                var concerns = db.SafeguardingConcerns;
                var deleted = await db.SurveyResponses
                    .Where(r => r.Id == responseId && r.Excluded == read.Excluded
                        && !concerns.Any(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open))
                    .ExecuteDeleteAsync(token);

                // PostgreSQL, retrying a delete that waited on a concern being raised, rechecks only the response's
                // row: a new statement sees the concern committed meanwhile, and the transaction is rolled back.
                if (deleted > 0 && await concerns.AnyAsync(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open, token))
                {
                    return 0;
                }

                if (deleted > 0)
                {
                    await db.DeleteQuotesOfResponseAsync(responseId, token);
                }

                return deleted;
            },
            read => read.Excluded ? 0 : -1,
            alongside,
            cancellationToken);
        if (deleted)
        {
            return ResponseDeletion.Deleted;
        }

        await using var db = contexts.Create();
        return await db.SafeguardingConcerns.AnyAsync(c => c.ResponseId == responseId && c.Status == SafeguardingStatus.Open, cancellationToken)
            ? ResponseDeletion.ConcernOpen
            : ResponseDeletion.NotThere;
    }

    /// <summary>
    /// Changes one response by <paramref name="statement"/>, a conditional statement that returns how many rows it
    /// changed, and its counts by <paramref name="delta"/> of what was read (a removal is counted too: the disclosure
    /// audit treats an interval with removals as net changes), with <paramref name="alongside"/>, all in one
    /// transaction. False, and nothing changed, when the response is not there or the statement changed nothing.
    /// </summary>
    private async Task<bool> ChangeAsync(
        SurveyDefinition survey,
        Guid responseId,
        Func<CoProDbContext, SurveyResponse, CancellationToken, Task<int>> statement,
        Func<SurveyResponse, int> delta,
        Action<CoProDbContext>? alongside,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await db.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(r => r.Id == responseId && r.Survey == survey.Name, cancellationToken);
        if (response is null || await statement(db, response, cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var change = delta(response);
        if (change != 0)
        {
            await ChangeCountsAsync(db, survey, SurveyAnswers.FromJson(response.Answers), change, cancellationToken);
        }

        if (change < 0)
        {
            await CountRemovalAsync(db, survey.Name, cancellationToken);
        }

        alongside?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>What became of a request to delete a response.</summary>
internal enum ResponseDeletion
{
    Deleted,

    /// <summary>It is not there (deleted already), or it changed while being deleted.</summary>
    NotThere,

    /// <summary>A safeguarding concern on it is still open: nothing was deleted.</summary>
    ConcernOpen,
}
