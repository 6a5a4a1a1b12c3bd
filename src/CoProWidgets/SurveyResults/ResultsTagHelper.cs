using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.SurveyResults;

/// <summary>
/// <c>&lt;copro-results survey="having-a-say" /&gt;</c>: what people answered to <c>surveys/having-a-say.md</c>.
/// </summary>
[HtmlTargetElement("copro-results", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ResultsTagHelper : TagHelper
{
    /// <summary>The survey file's name, without <c>.md</c>.</summary>
    [HtmlAttributeName("survey")]
    public string? Survey { get; set; }

    /// <summary>The level of the title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(ResultsViewComponent), new ResultsArguments(Survey, HeadingLevel));
}
