using System.Collections.Concurrent;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// The approved quotes of each survey, as published: held in memory, read again at most every
/// <see cref="OtherServersWithin"/> and at once after a decision on this server. The same quotes keep the same list,
/// so widget HTML rendered from them is kept too.
/// </summary>
internal sealed class PublishedQuotes(CoProDbContextFactory contexts, TimeProvider time)
{
    /// <summary>How soon a decision made on another server sharing the database reaches this one.</summary>
    public static readonly TimeSpan OtherServersWithin = TimeSpan.FromSeconds(10);

    // One entry per survey file whose quotes were shown: bounded by the content, not by visitors.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<PublishedQuote>> ForSurveyAsync(string survey, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(survey, out var held) && now - held.ReadAt < OtherServersWithin)
        {
            return held.Quotes;
        }

        await using var db = contexts.Create();
        var quotes = (await db.SurveyQuotes.AsNoTracking()
                .Where(q => q.Survey == survey && q.Status == SurveyQuoteStatus.Approved)
                .OrderBy(q => q.DecidedAt).ThenBy(q => q.Id)
                .ToListAsync(cancellationToken))
            .Select(q => new PublishedQuote(q.Code, q.Question, q.Group, q.PublishedText ?? string.Empty, q.ThemeList))
            .ToList();
        IReadOnlyList<PublishedQuote> kept = held is not null && held.Quotes.SequenceEqual(quotes, PublishedQuote.Same) ? held.Quotes : quotes;
        _entries[survey] = new Entry(kept, now);
        return kept;
    }

    /// <summary>Forgets what is held for a survey, after a decision here.</summary>
    public void Changed(string survey) => _entries.TryRemove(survey, out _);

    private sealed record Entry(IReadOnlyList<PublishedQuote> Quotes, DateTimeOffset ReadAt);
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
