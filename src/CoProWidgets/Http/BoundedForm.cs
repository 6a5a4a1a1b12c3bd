using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoProWidgets.Http;

/// <summary>
/// Reads a posted form with small limits, whatever limits the host has set for its own forms: the library's forms are
/// a few short fields, so a larger body is refused before it is read.
/// </summary>
internal static class BoundedForm
{
    public const int MaxBytes = 16 * 1024;

    /// <summary>The form, or null when the body is not a URL-encoded form within the limits.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.HasFormContentType || request.ContentLength > maxBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            BufferBody = false,
            ValueCountLimit = 200,
            KeyLengthLimit = 100,
            ValueLengthLimit = maxBytes,
            MultipartBodyLengthLimit = maxBytes,
            MultipartHeadersCountLimit = 4,
            MultipartHeadersLengthLimit = 1024,
        }));

        try
        {
            return await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }

    /// <summary>A single posted value, trimmed; the first if the field was sent more than once.</summary>
    public static string? Value(IFormCollection form, string field)
    {
        ArgumentNullException.ThrowIfNull(form);
        var value = form[field].FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
