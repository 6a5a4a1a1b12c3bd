using CoProWidgets.Audit;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// Confirmed sign-ups as CSV for staff, streamed row by row. Mapped only when the host names a staff policy.
/// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
internal static class SignUpExport
{
    private static readonly string[] s_columns =
        ["id", "email", "name", "areas", "updates_by_email", "updates_by_phone", "updates_by_post", "phone", "postal_address", "confirmed_at", "consented_at", "consent_version", "consent_method"];

    public static async Task WriteAsync(HttpContext context, CoProDbContextFactory contexts, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(audit);
        await audit.RecordAsync(context.User, AuditActions.SignUpsExported, "confirmed sign-ups", "CSV", context.RequestAborted);
        await using var writer = Csv.Start(context.Response, $"sign-ups-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        await Csv.WriteRowAsync(writer, s_columns);
        await using var db = contexts.Create();
        var rows = db.SignUps.AsNoTracking()
            .Where(s => s.Status == SignUpStatus.Confirmed)
            .OrderBy(s => s.ConfirmedAt)
            .AsAsyncEnumerable();
        await foreach (var signUp in rows.WithCancellation(context.RequestAborted))
        {
            string?[] cells =
            [
                signUp.Id.ToString("D"),
                signUp.Email,
                signUp.Name,
                string.Join(';', signUp.AreaList),
                Flag(signUp.UpdatesByEmail),
                Flag(signUp.UpdatesByPhone),
                Flag(signUp.UpdatesByPost),
                signUp.Phone,
                signUp.PostalAddress,
                Csv.Time(signUp.ConfirmedAt),
                Csv.Time(signUp.ConsentedAt),
                signUp.ConsentVersion,
                signUp.ConsentMethod,
            ];
            await Csv.WriteRowAsync(writer, cells);
        }
    }

    private static string Flag(bool value) => value ? "yes" : "no";
}
