using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Rendering;

/// <summary>
/// <c>&lt;copro-heading level="3"&gt;</c> writes an <c>h1</c> to <c>h6</c> whose level is decided at run time, so the
/// widget views (and hosts' overrides of them) keep the page outline valid wherever the widget is placed.
/// </summary>
[HtmlTargetElement("copro-heading")]
public sealed class HeadingTagHelper : TagHelper
{
    /// <summary>The heading level; values outside 1 to 6 are clamped. The default is 2.</summary>
    public int Level { get; set; } = 2;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "h" + Math.Clamp(Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        output.TagMode = TagMode.StartTagAndEndTag;

        // autofocus="@bool" and data-copro-focus="@bool" (see WidgetFocus): the bare attribute when true, else nothing.
        foreach (var name in (string[])["autofocus", "data-copro-focus"])
        {
            if (output.Attributes.TryGetAttribute(name, out var focus) && focus.Value is bool on)
            {
                output.Attributes.Remove(focus);
                if (on)
                {
                    output.Attributes.Add(new TagHelperAttribute(name));
                }
            }
        }
    }
}
