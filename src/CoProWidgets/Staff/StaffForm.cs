using CoProWidgets.Http;
using CoProWidgets.Localisation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Staff;

/// <summary>
/// Reads a staff form: within the size given, and only with the antiforgery token of a page this site showed the same
/// signed-in user. Every staff action that changes anything is a POST mapped with <see cref="WithStaffForm(RouteHandlerBuilder, int)"/>.
/// </summary>
internal static class StaffForm
{
    private static readonly object s_key = new();

    /// <summary>
    /// Puts a staff POST behind <see cref="StaffFormFilter"/>. The framework's own antiforgery check is off for it: that
    /// reads the whole body first, and the filter checks the same token after a bounded read.
    /// </summary>
    public static RouteHandlerBuilder WithStaffForm(this RouteHandlerBuilder builder, int maxBytes = BoundedForm.MaxBytes) =>
        builder.WithStaffForm(_ => maxBytes);

    /// <inheritdoc cref="WithStaffForm(RouteHandlerBuilder, int)"/>
    public static RouteHandlerBuilder WithStaffForm(this RouteHandlerBuilder builder, Func<HttpContext, int> maxBytes) =>
        builder.DisableAntiforgery().AddEndpointFilter(new StaffFormFilter(maxBytes));

    /// <summary>The form <see cref="StaffFormFilter"/> accepted for this request.</summary>
    public static IFormCollection Of(HttpContext context) =>
        context.Items[s_key] as IFormCollection ?? throw new InvalidOperationException("The route is not mapped WithStaffForm.");

    public static void Keep(HttpContext context, IFormCollection form) => context.Items[s_key] = form;

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
        Results.Text(LibraryText.For(typeof(StaffText))["Form.Refused"], statusCode: StatusCodes.Status400BadRequest);
}
