using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Http;

/// <summary>
/// CSV for staff downloads: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), RFC 4180 quoting, and
/// cells a spreadsheet would run as a formula prefixed with an apostrophe.
/// </summary>
internal static class Csv
{
    /// <summary>Starts a download that is never cached, and returns the writer for its rows.</summary>
    public static StreamWriter Start(HttpResponse response, string fileName)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        response.Headers.CacheControl = "no-store";
        return new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
    }

    public static Task WriteRowAsync(StreamWriter writer, IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.WriteAsync(string.Join(',', cells.Select(Cell)) + "\r\n");
    }

    /// <summary>Quotes a cell as RFC 4180 requires, and defuses text a spreadsheet would treat as a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Full-width twins too: some spreadsheets fold them to the ASCII signs when they read a cell.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string? Time(DateTime? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
