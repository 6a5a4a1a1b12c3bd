using CoProWidgets.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Rendering;

/// <summary>
/// The embed script's few words, written by the server in the widget's language: on the root of a widget shown on
/// another site (<c>copro-lang</c>, outside a document's <c>html</c>), <c>data-copro-retry</c> holds what
/// <c>copro.js</c> says when a step the visitor took cannot reach the widget site. The script itself holds no words.
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class ScriptWordsTagHelper : TagHelper
{
    private const string AttributeName = "copro-lang";

    /// <summary>The view the widget is in.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext?.HttpContext is { } http && ElsewhereForm.Of(http) is not null && !string.Equals(output.TagName, "html", StringComparison.OrdinalIgnoreCase))
        {
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<PageText>>();
            output.Attributes.SetAttribute("data-copro-retry", text["Embed.Retry"].Value);
        }
    }
}
