using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Quotes;

/// <summary>
/// What happens to quotes when what they were made from goes: run on the caller's context, so a response and its
/// quotes go in the caller's one transaction.
/// </summary>
internal static class QuoteQueries
{
    extension(CoProDbContext db)
    {
        /// <summary>Deletes the quotes made from a response's words, whatever their status.</summary>
        public Task<int> DeleteQuotesOfResponseAsync(Guid responseId, CancellationToken cancellationToken) =>
            db.SurveyQuotes.Where(quote => quote.ResponseId == responseId).ExecuteDeleteAsync(cancellationToken);

        /// <summary>
        /// Once a survey's written answers are blanked: quotes never approved go, and approved ones keep only their
        /// published wording.
        /// </summary>
        public async Task KeepOnlyPublishedQuotesAsync(string survey, CancellationToken cancellationToken)
        {
            await db.SurveyQuotes.Where(quote => quote.Survey == survey && quote.Status != SurveyQuoteStatus.Approved).ExecuteDeleteAsync(cancellationToken);
            await db.SurveyQuotes.Where(quote => quote.Survey == survey && quote.Status == SurveyQuoteStatus.Approved && quote.PublishedText != null)
                .ExecuteUpdateAsync(set => set.SetProperty(quote => quote.Text, quote => quote.PublishedText!), cancellationToken);
        }

        /// <summary>
        /// Deletes rejected quotes, and the original wording of redacted approved ones, decided before
        /// <paramref name="before"/>; how many quotes lost words.
        /// </summary>
        public async Task<int> PruneQuoteWordingAsync(DateTime before, CancellationToken cancellationToken)
        {
            var rejected = await db.SurveyQuotes.Where(quote => quote.Status == SurveyQuoteStatus.Rejected && quote.DecidedAt < before).ExecuteDeleteAsync(cancellationToken);
            var redacted = await db.SurveyQuotes.Where(quote => quote.Status == SurveyQuoteStatus.Approved && quote.DecidedAt < before && quote.PublishedText != null && quote.Text != quote.PublishedText)
                .ExecuteUpdateAsync(set => set.SetProperty(quote => quote.Text, quote => quote.PublishedText!), cancellationToken);
            return rejected + redacted;
        }
    }
}
