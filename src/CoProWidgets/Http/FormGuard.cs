using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Http;

/// <summary>
/// Checks that a widget's form was sent from a form this site showed: with the antiforgery token on the site's own
/// pages, and with the form's own token when the widget is shown elsewhere (see <see cref="ElsewhereForm"/>).
/// </summary>
internal static class FormGuard
{
    public static Task<bool> IsValidAsync(HttpContext context, IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(posted);
        return ElsewhereForm.Of(context) is { } elsewhere
            ? Task.FromResult(elsewhere.IsValid(context.RequestServices, BoundedForm.Value(posted, elsewhere.TokenField)))
            : context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }

    /// <summary>The name and value of the field that shows a post came from a form this site showed.</summary>
    public static KeyValuePair<string, string> Field(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ElsewhereForm.Of(context) is { } elsewhere)
        {
            return new(elsewhere.TokenField, elsewhere.CreateToken(context.RequestServices));
        }

        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }
}
