using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Surveys;

/// <summary>
/// <c>&lt;copro-survey name="having-a-say" /&gt;</c>: the survey in <c>surveys/having-a-say.md</c>.
/// </summary>
[HtmlTargetElement("copro-survey", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SurveyTagHelper : TagHelper
{
    /// <summary>The survey file's name, without <c>.md</c>.</summary>
    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    /// <summary>The level of the survey's title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(SurveyViewComponent), new SurveyArguments(Name, HeadingLevel));
}
