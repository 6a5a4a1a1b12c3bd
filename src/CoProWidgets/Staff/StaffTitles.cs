using CoProWidgets.Rendering;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Staff;

/// <summary>A staff form page's title, which starts with "Error:" when the form came back with problems, as on GOV.UK.</summary>
internal static class StaffTitles
{
    public static string Of(IStringLocalizer<StaffSurveysText> text, IReadOnlyList<FormError> errors, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? text["Title.Error", title] : title;
    }
}
