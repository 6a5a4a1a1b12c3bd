using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Surveys;

/// <summary>
/// At a survey kiosk, every form and text field the library's views render says <c>autocomplete="off"</c>: the
/// browser neither suggests what the last person typed nor restores their choices when someone goes back. It applies
/// whatever question partial drew the field, including a host's own; elsewhere it does nothing.
/// </summary>
/// <remarks>
/// Inputs are matched by a literal type that takes typed text: autocomplete is not allowed on radios, checkboxes or
/// hidden fields (the form's attribute covers them), and a tag helper cannot run inside a view's local function,
/// where views write their hidden fields.
/// </remarks>
[HtmlTargetElement("form")]
[HtmlTargetElement("textarea")]
[HtmlTargetElement("input", Attributes = "[type=text]")]
[HtmlTargetElement("input", Attributes = "[type=number]")]
[HtmlTargetElement("input", Attributes = "[type=email]")]
[HtmlTargetElement("input", Attributes = "[type=tel]")]
[HtmlTargetElement("input", Attributes = "[type=search]")]
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class KioskAutocompleteTagHelper : TagHelper
{
    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (KioskMode.Of(ViewContext.HttpContext) is null)
        {
            return;
        }

        output.Attributes.SetAttribute("autocomplete", "off");
    }
}
