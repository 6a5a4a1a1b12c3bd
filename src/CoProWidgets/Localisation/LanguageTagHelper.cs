using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Localisation;

/// <summary>
/// <c>copro-lang</c> on a widget's root or a page's <c>html</c> element writes the <c>lang</c> and <c>dir</c> of the
/// language it is shown in (<see cref="CultureInfo.CurrentUICulture"/>), so screen readers pronounce it in that
/// language and a right-to-left language lays out right to left even on an English host page.
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class LanguageTagHelper : TagHelper
{
    private const string AttributeName = "copro-lang";

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(AttributeName);
        var tag = LanguageTag.Current;
        output.Attributes.SetAttribute("lang", tag);
        output.Attributes.SetAttribute("dir", TextDirection.Of(tag));
    }
}
