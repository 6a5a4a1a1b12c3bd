using CoProWidgets.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Rendering;

/// <summary>
/// One problem with what a visitor sent, shown in the form's error summary and next to the field it is about.
/// </summary>
/// <param name="Field">The name of the field the message is about, or the empty string for the form as a whole.</param>
/// <param name="Message">What to do, in the GOV.UK style: "Enter your email address".</param>
public sealed record FormError(string Field, string Message);

/// <summary>What the error summary partial (<c>Views/Shared/CoProWidgets/_ErrorSummary.cshtml</c>) shows.</summary>
/// <param name="IdPrefix">The start of the fields' ids: each message links to <c>#IdPrefix-field</c>.</param>
/// <param name="Errors">The problems, in the order of the fields.</param>
/// <param name="HeadingLevel">The level of the summary's "There is a problem" heading.</param>
public sealed record ErrorSummaryViewModel(string IdPrefix, IReadOnlyList<FormError> Errors, int HeadingLevel);

/// <summary>The errors every widget's form can show, written once.</summary>
internal static class FormErrors
{
    /// <summary>A form sent again too soon: what to do and when, for the error summary, in the request's language.</summary>
    public static FormError TooSoon(HttpContext context, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(string.Empty, FormRateLimit.Message(context.RequestServices.GetRequiredService<IStringLocalizer<HttpText>>(), wait));
    }
}
