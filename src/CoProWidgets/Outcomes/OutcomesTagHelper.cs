using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Outcomes;

/// <summary><c>&lt;copro-outcomes /&gt;</c>: every outcome in <c>outcomes/</c>, newest first, with filters and pages.</summary>
[HtmlTargetElement("copro-outcomes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class OutcomesTagHelper : TagHelper
{
    /// <summary>The level of the feed's title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>How many outcomes a page shows (1 to 100); by default <see cref="CoProOutcomesOptions.PageSize"/>.</summary>
    [HtmlAttributeName("page-size")]
    public int? PageSize { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(OutcomesViewComponent), new OutcomesArguments(HeadingLevel, PageSize));
}

/// <summary><c>&lt;copro-outcome name="evening-appointments" /&gt;</c>: one outcome in full.</summary>
[HtmlTargetElement("copro-outcome", TagStructure = TagStructure.WithoutEndTag)]
public sealed class OutcomeTagHelper : TagHelper
{
    /// <summary>The outcome file's name, without <c>.md</c>.</summary>
    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    /// <summary>The level of the outcome's title heading (1 to 5); by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</summary>
    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(OutcomeViewComponent), new OutcomeArguments(Name, HeadingLevel));
}
