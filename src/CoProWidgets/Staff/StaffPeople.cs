using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoProWidgets.Audit;
using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>
/// The people who signed up, for staff: counts by status, area and way of hearing back; one person found by email
/// address to answer a subject access request (everything held about them, as a file) or a request to erase them.
/// Every look-up, download and erasure is recorded in the audit log, by the sign-up's id, never by the address. The
/// download holds no working link: the emails' text is given with their addresses removed.
/// </summary>
internal sealed partial class StaffPeople(CoProDbContextFactory contexts, SignUpErasure signUps, GetInvolvedProvider getInvolved, AuditLog audit, TimeProvider time, IStringLocalizer<StaffText> text)
{
    public const string EmailField = "email";
    public const string ConfirmField = "confirm";

    public async Task<StaffPeopleViewModel> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var statuses = await db.SignUps.AsNoTracking().GroupBy(s => s.Status).Select(group => new { group.Key, Count = group.Count() }).ToListAsync(cancellationToken);
        var confirmed = await db.SignUps.AsNoTracking().Where(s => s.Status == SignUpStatus.Confirmed)
            .Select(s => new { s.Areas, s.UpdatesByEmail, s.UpdatesByPhone, s.UpdatesByPost }).ToListAsync(cancellationToken);
        var labels = OutcomeAreas.Labels(getInvolved);
        int Status(SignUpStatus status) => statuses.FirstOrDefault(row => row.Key == status)?.Count ?? 0;
        var areas = confirmed.SelectMany(s => s.Areas.Length == 0 ? [] : s.Areas.Split(',')).CountBy(area => area).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new StaffPeopleViewModel
        {
            Statuses =
            [
                new(Label(SignUpStatus.Pending), Status(SignUpStatus.Pending)),
                new(Label(SignUpStatus.Confirmed), Status(SignUpStatus.Confirmed)),
                new(Label(SignUpStatus.Unsubscribed), Status(SignUpStatus.Unsubscribed)),
            ],
            Areas = labels.Keys.Concat(areas.Keys.Where(id => !labels.ContainsKey(id))).Select(id => new StaffCountRow(labels.GetValueOrDefault(id) ?? id, areas.GetValueOrDefault(id))).ToList(),
            Ways =
            [
                new(text["People.Ways.Email"], confirmed.Count(s => s.UpdatesByEmail)),
                new(text["People.Ways.Phone"], confirmed.Count(s => s.UpdatesByPhone)),
                new(text["People.Ways.Post"], confirmed.Count(s => s.UpdatesByPost)),
            ],
        };
    }

    /// <summary>Looks a person up by the address typed; the errors to show, or the person (null when nobody has it).</summary>
    public async Task<(IReadOnlyList<FormError> Errors, StaffPerson? Person)> FindAsync(ClaimsPrincipal user, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return ([new(EmailField, text["People.Errors.EmailMissing"])], null);
        }

        if (email.Length > SignUp.MaxEmailLength)
        {
            return ([new(EmailField, text["People.Errors.EmailTooLong", SignUp.MaxEmailLength])], null);
        }

        var signUp = await signUps.FindByEmailAsync(email.Trim(), cancellationToken);
        await audit.RecordAsync(user, AuditActions.PersonFound, signUp is null ? "no sign-up matched" : $"sign-up {signUp.Id:D}", cancellationToken: cancellationToken);
        return ([], signUp is null ? null : await DescribeAsync(signUp, cancellationToken));
    }

    public async Task<StaffPerson?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await signUps.FindAsync(id, cancellationToken) is { } signUp ? await DescribeAsync(signUp, cancellationToken) : null;

    /// <summary>Writes everything held about a person as a JSON file, recorded in the audit log first; false when they are not found.</summary>
    public async Task<bool> DownloadAsync(HttpContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await signUps.FindAsync(id, context.RequestAborted) is not { } signUp)
        {
            return false;
        }

        await audit.RecordAsync(context.User, AuditActions.PersonDownloaded, $"sign-up {signUp.Id:D}", cancellationToken: context.RequestAborted);
        await using var db = contexts.Create();
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Recipient == signUp.Email).OrderBy(m => m.CreatedAt).ToListAsync(context.RequestAborted);
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"personal-data-{time.GetUtcNow():yyyy-MM-dd}.json\"";
        var labels = OutcomeAreas.Labels(getInvolved);
        var held = new
        {
            about = text["Download.About"].Value,
            searched = new
            {
                signUp = text["Download.SignUp"].Value,
                emails = text["Download.Emails"].Value,
                surveyResponses = text["Download.SurveyResponses"].Value,
                quotes = text["Download.Quotes"].Value,
                auditLog = text["Download.AuditLog"].Value,
            },
            exportedAt = time.GetUtcNow().UtcDateTime,
            signUp = new
            {
                signUp.Email,
                signUp.Name,
                status = signUp.Status.ToString().ToLowerInvariant(),
                areas = OutcomeAreas.Describe(signUp.AreaList, labels),
                updatesByEmail = signUp.UpdatesByEmail,
                updatesByPhone = signUp.UpdatesByPhone,
                updatesByPost = signUp.UpdatesByPost,
                signUp.Phone,
                signUp.PostalAddress,
                signedUpAt = Utc(signUp.CreatedAt),
                confirmedAt = Utc(signUp.ConfirmedAt),
                unsubscribedAt = Utc(signUp.UnsubscribedAt),
                consent = new { at = Utc(signUp.ConsentedAt), version = signUp.ConsentVersion, method = signUp.ConsentMethod },
            },
            emails = messages.Select(m => new { kind = m.Kind, subject = m.Subject, queuedAt = Utc(m.CreatedAt), sentAt = Utc(m.SentAt), failedAt = Utc(m.FailedAt), text = WithoutLinks(m.TextBody, text["Download.LinkRemoved"]) }),
        };
        await JsonSerializer.SerializeAsync(response.Body, held, s_json, context.RequestAborted);
        return true;
    }

    /// <summary>Erases a person and every email held for them, with the audit record in the same transaction; false when already gone.</summary>
    public async Task<bool> EraseAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        if (await signUps.FindAsync(id, cancellationToken) is not { } signUp)
        {
            return false;
        }

        return await signUps.EraseAsync(signUp, db => audit.Add(db, user, AuditActions.PersonErased, $"sign-up {signUp.Id:D}", "Erased at their request, with every email held for them."), cancellationToken);
    }

    private async Task<StaffPerson> DescribeAsync(SignUp signUp, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var emails = await db.Outbox.CountAsync(m => m.Recipient == signUp.Email, cancellationToken);
        var labels = OutcomeAreas.Labels(getInvolved);
        string[] ways = [.. signUp.UpdatesByEmail ? [text["People.Person.ByEmail"].Value] : Array.Empty<string>(), .. signUp.UpdatesByPhone ? [text["People.Person.ByPhone"].Value] : Array.Empty<string>(), .. signUp.UpdatesByPost ? [text["People.Person.ByPost"].Value] : Array.Empty<string>()];
        string notGiven = text["People.Person.NotGiven"];
        return new StaffPerson(
            signUp.Id,
            [
                new(text["People.Person.Email"], signUp.Email),
                new(text["People.Person.Name"], signUp.Name ?? notGiven),
                new(text["People.Person.Status"], Label(signUp.Status)),
                new(text["People.Person.Areas"], signUp.AreaList.Count == 0 ? text["People.Person.None"] : text.List(OutcomeAreas.Describe(signUp.AreaList, labels))),
                new(text["People.Person.UpdatesBy"], ways.Length == 0 ? text["People.Person.None"] : text.List(ways)),
                new(text["People.Person.Phone"], signUp.Phone ?? notGiven),
                new(text["People.Person.PostalAddress"], signUp.PostalAddress ?? notGiven),
                new(text["People.Person.SignedUp"], StaffFormat.Time(signUp.CreatedAt)),
                new(text["People.Person.Consent"], text["People.Person.ConsentValue", StaffFormat.Time(signUp.ConsentedAt), signUp.ConsentVersion, signUp.ConsentMethod]),
                new(text["People.Person.EmailsHeld"], emails.ToString("N0", CultureInfo.CurrentCulture)),
            ]);
    }

    /// <summary>A sign-up's status in words, as the counts and a found person both show it.</summary>
    private string Label(SignUpStatus status) => text[status switch
    {
        SignUpStatus.Pending => "People.Statuses.Pending",
        SignUpStatus.Confirmed => "People.Statuses.Confirmed",
        _ => "People.Statuses.Unsubscribed",
    }];

    /// <summary>
    /// An email's text with every address taken out: the links in it carry live tokens (preferences, unsubscribe,
    /// confirm) that would work for whoever the file is passed to. <paramref name="removed"/> says where one was.
    /// </summary>
    public static string WithoutLinks(string body, string removed) => Links().Replace(body, removed);

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    private static DateTime? Utc(DateTime? value) => value is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null;

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

/// <summary>A label and a value, as staff pages list facts.</summary>
/// <param name="Label">What the fact is.</param>
/// <param name="Value">The fact.</param>
public sealed record StaffFact(string Label, string Value);

/// <summary>One person found by their email address.</summary>
/// <param name="Id">Their sign-up's id, which the download and erase forms post.</param>
/// <param name="Facts">Everything held about them, in words.</param>
public sealed record StaffPerson(Guid Id, IReadOnlyList<StaffFact> Facts);

/// <summary>What the staff page of people who signed up (<c>Views/CoProWidgets/Staff/People.cshtml</c>) shows.</summary>
public sealed record StaffPeopleViewModel
{
    /// <summary>Sign-ups by status.</summary>
    public required IReadOnlyList<StaffCountRow> Statuses { get; init; }

    /// <summary>Confirmed sign-ups by area of interest.</summary>
    public required IReadOnlyList<StaffCountRow> Areas { get; init; }

    /// <summary>Confirmed sign-ups by way of hearing back.</summary>
    public required IReadOnlyList<StaffCountRow> Ways { get; init; }

    /// <summary>Whether a look-up was made (so the page says whether anyone was found).</summary>
    public bool Searched { get; init; }

    /// <summary>The address typed, shown again in the form.</summary>
    public string? Email { get; init; }

    /// <summary>The person found, if any.</summary>
    public StaffPerson? Person { get; init; }

    /// <summary>Problems with the look-up or the erasure, for the error summary.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>Whether the page follows an erasure.</summary>
    public bool Erased { get; init; }

    /// <summary>Where the look-up form posts.</summary>
    public string FindUrl { get; init; } = string.Empty;

    /// <summary>Where the found person's download form posts.</summary>
    public string DownloadUrl { get; init; } = string.Empty;

    /// <summary>Where the found person's erase form posts.</summary>
    public string EraseUrl { get; init; } = string.Empty;

    /// <summary>The staff workspace's first page.</summary>
    public string OverviewUrl { get; init; } = string.Empty;

    /// <summary>Where the form downloading every confirmed sign-up as CSV posts.</summary>
    public string SignUpsExportUrl { get; init; } = string.Empty;
}
