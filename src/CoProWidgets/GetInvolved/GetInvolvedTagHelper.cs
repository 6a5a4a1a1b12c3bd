using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// <c>&lt;copro-get-involved /&gt;</c>: the sign-up form for <c>get-involved.md</c>.
/// </summary>
[HtmlTargetElement("copro-get-involved", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GetInvolvedTagHelper : TagHelper
{
    /// <summary>The level of the widget's title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(GetInvolvedViewComponent), new GetInvolvedArguments(HeadingLevel));
}
