using System.Globalization;
using System.Text;
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

    public static async Task WriteAsync(HttpContext context, CoProDbContextFactory contexts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"sign-ups-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
        response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', s_columns) + "\r\n");
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
                Time(signUp.ConfirmedAt),
                Time(signUp.ConsentedAt),
                signUp.ConsentVersion,
                signUp.ConsentMethod,
            ];
            await writer.WriteAsync(string.Join(',', cells.Select(Cell)) + "\r\n");
        }
    }

    /// <summary>Quotes a cell as RFC 4180 requires, and defuses text a spreadsheet would treat as a formula.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string? Time(DateTime? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
