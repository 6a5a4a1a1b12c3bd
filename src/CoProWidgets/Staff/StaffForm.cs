using CoProWidgets.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Staff;

/// <summary>
/// Reads a staff form: within the size given, and only with the antiforgery token of a page this site showed the same
/// signed-in user. Every staff action that changes anything is a POST read here.
/// </summary>
internal static class StaffForm
{
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, int maxBytes = BoundedForm.MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await BoundedForm.ReadAsync(context, maxBytes) is not { } form)
        {
            return null;
        }

        // The form is read (within the limits above) before the antiforgery check reads it again from the same feature.
        return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context) ? form : null;
    }

    /// <summary>What a staff POST answers when its form is too large or its antiforgery token is missing or wrong.</summary>
    public static IResult Refused() =>
        Results.Text("The form could not be accepted: it was too large, or the page it came from has expired. Go back, reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
}
