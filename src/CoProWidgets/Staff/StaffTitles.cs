using CoProWidgets.Rendering;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>A staff form page's title, which starts with "Error:" when the form came back with problems, as on GOV.UK.</summary>
internal static class StaffTitles
{
    /// <summary>The title of a survey's staff page (entry, responses, kiosk, preview).</summary>
    public static string Of(IStringLocalizer<StaffSurveysText> text, IReadOnlyList<FormError> errors, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? text["Title.Error", title] : title;
    }

    /// <summary>The title of a workspace page (people, quotes), from its key.</summary>
    public static string Of(IStringLocalizer<StaffText> text, string key, IReadOnlyCollection<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        string title = text[key];
        return errors.Count > 0 ? text["Common.ErrorTitle", title] : title;
    }
}
