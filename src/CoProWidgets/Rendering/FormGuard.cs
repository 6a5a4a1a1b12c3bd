using CoProWidgets.Embed;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// Checks that a widget's form was sent from a form this site showed: with the antiforgery token on the site's own
/// pages, and with the signed embed token when the widget is shown on another site (whose origin the embed endpoints
/// have already checked).
/// </summary>
internal static class FormGuard
{
    public static Task<bool> IsValidAsync(HttpContext context, IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(posted);
        return EmbedContext.Of(context) is { } embed
            ? Task.FromResult(context.RequestServices.GetRequiredService<EmbedFormTokens>().IsValid(BoundedForm.Value(posted, EmbedFormTokens.FieldName), embed))
            : context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
