using CoProWidgets.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Rendering;

/// <summary>
/// What every <c>copro-*</c> tag helper does: invoke the widget's view component, so the HTML is produced in one place,
/// in Easy Read when the element has an <c>easy-read</c> attribute.
/// </summary>
internal static class WidgetTagHelper
{
    public static async Task RenderAsync(ViewContext viewContext, TagHelperOutput output, Type component, object arguments)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(output);
        // An unbound attribute on the element, so every copro-* tag helper takes it without a property of its own.
        var format = output.Attributes.ContainsName(ContentVariant.EasyReadName) ? ContentFormat.EasyRead : (ContentFormat?)null;
        var content = await WidgetInvocation.InvokeAsync(viewContext, component, arguments, format);

        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(content);
    }
}
