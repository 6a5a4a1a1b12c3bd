using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Principles;

/// <summary>
/// <c>&lt;copro-principles name="our-principles" /&gt;</c>: the principles panel for <c>principles/our-principles.md</c>.
/// </summary>
[HtmlTargetElement("copro-principles", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PrinciplesTagHelper : TagHelper
{
    /// <summary>The content file's name, without <c>.md</c>.</summary>
    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    /// <summary>The level of the panel's title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(PrinciplesViewComponent), new PrinciplesArguments(Name, HeadingLevel));
}
