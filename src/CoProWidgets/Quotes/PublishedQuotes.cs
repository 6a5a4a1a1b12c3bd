using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Quotes;

/// <summary>
/// The approved quotes of each survey, as published: held in memory, read again at most every
/// <see cref="HeldPerSurvey.OtherServersWithin"/> and at once after a decision on this server (or on any, with Redis). The same quotes keep
/// the same list, so widget HTML rendered from them is kept too.
/// </summary>
internal sealed class PublishedQuotes(CoProDbContextFactory contexts, TimeProvider time, OtherServers otherServers)
{
    private readonly HeldPerSurvey<IReadOnlyList<PublishedQuote>> _held = new(time, otherServers, "quotes");

    public async Task<IReadOnlyList<PublishedQuote>> ForSurveyAsync(string survey, CancellationToken cancellationToken = default)
    {
        var (held, fresh) = _held.Get(survey);
        if (held is not null && fresh)
        {
            return held;
        }

        await using var db = contexts.Create();
        var quotes = (await db.SurveyQuotes.AsNoTracking()
                .Where(q => q.Survey == survey && q.Status == SurveyQuoteStatus.Approved)
                .OrderBy(q => q.DecidedAt).ThenBy(q => q.Id)
                .ToListAsync(cancellationToken))
            .Select(q => new PublishedQuote(q.Code, q.Question, q.Group, q.PublishedText ?? string.Empty, q.ThemeList))
            .ToList();
        var kept = held is not null && held.SequenceEqual(quotes, PublishedQuote.Same) ? held : quotes;
        _held.Hold(survey, kept);
        return kept;
    }

    /// <summary>Forgets what is held for a survey after a decision here, and has the other servers forget it.</summary>
    public void Changed(string survey) => _held.Changed(survey);
}

/// <summary>An approved quote, as published.</summary>
/// <param name="Code">The code an outcome file cites it with.</param>
/// <param name="Question">The id of the question it answers.</param>
/// <param name="Group">The respondent group the writer chose, if any.</param>
/// <param name="Text">The words as approved.</param>
/// <param name="Themes">The themes staff tagged it with.</param>
internal sealed record PublishedQuote(string Code, string Question, string? Group, string Text, IReadOnlyList<string> Themes)
{
    public static IEqualityComparer<PublishedQuote> Same { get; } = EqualityComparer<PublishedQuote>.Create(
        (a, b) => a is not null && b is not null && a.Code == b.Code && a.Text == b.Text && a.Group == b.Group && a.Themes.SequenceEqual(b.Themes),
        quote => quote.Code.GetHashCode(StringComparison.Ordinal));
}
