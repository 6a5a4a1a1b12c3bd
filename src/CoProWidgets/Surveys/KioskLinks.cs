using System.Security.Cryptography;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CoProWidgets.Surveys;

/// <summary>One kiosk link: which survey, at which event, until when. Its id names the link's rate budget.</summary>
/// <param name="Id">Random, made with the link: two links for one event still have budgets of their own.</param>
/// <param name="Survey">The survey's name.</param>
/// <param name="Event">The event's name, stored with every response given through the link.</param>
/// <param name="Expires">When the link stops working.</param>
internal sealed record KioskLink(string Id, string Survey, string Event, DateTimeOffset Expires);

/// <summary>
/// The links staff make to run a survey on a shared tablet at an event: signed and encrypted with the library's Data
/// Protection key ring under a purpose of their own, and time-limited, so nothing is stored and nothing in a link can
/// be changed. A link cannot be revoked one by one: it lasts at most <see cref="MaxDays"/> days, its posts have a
/// budget of their own, and what arrives through it is marked with its event so staff can exclude it.
/// </summary>
internal sealed class KioskLinks(CoProDataProtection protection, TimeProvider time)
{
    public const int MaxDays = 14;

    private const string Purpose = "CoProWidgets.Surveys.KioskLinks.v1";
    private const int MaxTokenLength = 2048;

    /// <summary>A link's token for <paramref name="survey"/> at <paramref name="eventName"/>, working for <paramref name="days"/> days.</summary>
    public (string Token, KioskLink Link) Create(string survey, string eventName, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        if (KioskEventName.Problem(eventName) is { } problem)
        {
            throw new ArgumentException(problem, nameof(eventName));
        }

        var link = new KioskLink(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12)), survey, eventName.Trim(), time.GetUtcNow().AddDays(days));

        // Lines apart: an event's name holds no control characters, and a survey's name no line breaks.
        return (Protector().Protect(string.Join('\n', link.Id, link.Survey, link.Event), link.Expires), link);
    }

    /// <summary>The link a token stands for; null when it was altered, made for another purpose, or has expired.</summary>
    public KioskLink? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var parts = Protector().Unprotect(token, out var expires).Split('\n');
            return parts.Length == 3 && expires > time.GetUtcNow() ? new KioskLink(parts[0], parts[1], parts[2], expires) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector() => protection.Provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}

/// <summary>What an event's name may be: it is shown at the kiosk, on staff pages and in exports.</summary>
internal static class KioskEventName
{
    /// <summary>The message for the error summary, in the language shown, or null when the name will do.</summary>
    public static string? Problem(string? name) => name?.Trim() switch
    {
        null or "" => SurveyWords.Get("KioskEvent.Missing"),
        { Length: > SurveyResponse.MaxEventLength } => SurveyWords.Get("KioskEvent.TooLong", SurveyResponse.MaxEventLength),
        var trimmed when trimmed.Any(char.IsControl) => SurveyWords.Get("KioskEvent.OneLine"),
        _ => null,
    };
}
