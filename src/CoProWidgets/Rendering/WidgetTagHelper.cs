using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Rendering;

/// <summary>
/// What every <c>copro-*</c> tag helper does: invoke the widget's view component, so the HTML is produced in one place.
/// </summary>
internal static class WidgetTagHelper
{
    public static async Task RenderAsync(ViewContext viewContext, TagHelperOutput output, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(output);
        var content = await WidgetInvocation.InvokeAsync(viewContext, component, arguments);

        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(content);
    }
}
