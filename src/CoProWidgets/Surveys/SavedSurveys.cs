using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Surveys;

/// <summary>
/// Stores answers to come back to, and brings them back from the link's token. The answers are encrypted with the
/// library's Data Protection key ring under a purpose of their own (and the survey's name), so the table holds no
/// answer text; the token is random (256 bits) and only its hash is kept, so the table cannot make a link.
/// </summary>
internal sealed class SavedSurveys(CoProDbContextFactory contexts, CoProDataProtection protection, TimeProvider time, IOptions<CoProWidgetsOptions> options)
{
    /// <summary>
    /// The most answers saved for one survey at a time: a bound on what anonymous visitors can grow, far above what
    /// one survey's people save within <see cref="CoProWidgetsOptions.SavedAnswersDays"/>.
    /// </summary>
    public const int MaxPerSurvey = 20_000;

    private const string Purpose = "CoProWidgets.Surveys.SavedAnswers.v1";
    private const int TokenBytes = 32;
    private static readonly int s_tokenLength = Base64Url.GetEncodedLength(TokenBytes);

    /// <summary>
    /// Saves the answers so far and the step reached; returns the link's token and when the answers will be deleted,
    /// or null when the survey has as many saved answers as it may hold.
    /// </summary>
    public async Task<(string Token, DateTime ExpiresAt)?> SaveAsync(SurveyDefinition survey, string key, SavedProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(progress);
        var data = Protector(survey.Name).Protect(JsonSerializer.Serialize(progress));
        if (data.Length > SavedSurvey.MaxDataLength)
        {
            return null;
        }

        await using var db = contexts.Create();
        if (await db.SavedSurveys.CountAsync(s => s.Survey == survey.Name, cancellationToken) >= MaxPerSurvey)
        {
            return null;
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow().UtcDateTime;
        var saved = new SavedSurvey
        {
            Id = Guid.NewGuid(),
            Survey = survey.Name,
            TokenHash = Hash(token),
            Key = key,
            Data = data,
            SavedAt = now,
            ExpiresAt = now.AddDays(options.Value.SavedAnswersDays),
        };
        db.SavedSurveys.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return (token, saved.ExpiresAt);
    }

    /// <summary>The answers a link brings back, or null when its token is unknown, for another survey, or expired.</summary>
    public async Task<(string Key, SavedProgress Progress, DateTime ExpiresAt)?> FindAsync(string survey, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (!IsToken(token))
        {
            return null;
        }

        var hash = Hash(token!);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.Create();
        var saved = await db.SavedSurveys.AsNoTracking().SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (saved is null || saved.Survey != survey || saved.ExpiresAt <= now)
        {
            return null;
        }

        try
        {
            var json = Protector(survey).Unprotect(saved.Data);
            return JsonSerializer.Deserialize<SavedProgress>(json) is { } progress ? (saved.Key, progress, saved.ExpiresAt) : null;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            // A key ring that lost its key, or a row not written here: as good as expired.
            return null;
        }
    }

    /// <summary>
    /// Deletes saved answers past their time; one conditional delete a batch, so several servers sharing the database
    /// can run it at once. Returns how many.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.Create();
        return await db.SavedSurveys.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes what was saved of one response, in the caller's transaction (the submit's).</summary>
    public static Task<int> DeleteForAsync(CoProDbContext db, string survey, string key, CancellationToken cancellationToken) =>
        db.SavedSurveys.Where(s => s.Survey == survey && s.Key == key).ExecuteDeleteAsync(cancellationToken);

    public static bool IsToken(string? token) =>
        token is not null && token.Length == s_tokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private IDataProtector Protector(string survey) => protection.Provider.CreateProtector(Purpose, survey);
}

/// <summary>What is saved: the answers so far and where the person was.</summary>
/// <param name="Answers">The answers, as <see cref="SurveyAnswers.ToJson"/> writes them.</param>
/// <param name="Page">The page of questions reached, from 0.</param>
/// <param name="AtCheck">Whether they saved from check your answers.</param>
internal sealed record SavedProgress(string Answers, int Page, bool AtCheck);
