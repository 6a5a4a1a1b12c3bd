using CoProWidgets.Content;
using CoProWidgets.Localisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.Rendering;

/// <summary>
/// <c>copro-content-lang</c> on an element that shows what an editor wrote (a title, a question, an option, a body)
/// writes the <c>lang</c> and <c>dir</c> of the content file's language when it is not the language the widget's own
/// words are in: a site that offers Polish but has no Polish version of a survey shows its English questions among
/// Polish buttons, and a screen reader must read each part in its own language (WCAG 2.2, 3.1.2 Language of Parts).
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class ContentLanguageTagHelper : TagHelper
{
    private const string AttributeName = "copro-content-lang";

    /// <summary>The view the element is in, whose view data holds the content file the widget was made from.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(AttributeName);
        if (Marked(ViewContext) is { } language)
        {
            output.Attributes.SetAttribute("lang", language);
            output.Attributes.SetAttribute("dir", TextDirection.Of(language));
        }
        else if (string.Equals(output.TagName, "span", StringComparison.OrdinalIgnoreCase) && output.Attributes.Count == 0)
        {
            // A span there only to carry the language is not written when there is none to carry.
            output.TagName = null;
        }
    }

    /// <summary>The content's language where it is not the widget's, or null (then nothing is marked).</summary>
    internal static string? Marked(ViewContext? view) =>
        view?.ViewData[LanguageSwitcher.FileKey] is string file && LanguageOf(file) is var language && !LanguageTag.SameLanguage(language, LanguageTag.Current) ? language : null;

    /// <summary>The language a content file (<c>surveys/having-a-say.cy.md</c>) is written in: its variant's, else the default file's, British English.</summary>
    internal static string LanguageOf(string file)
    {
        var fileName = file[(file.LastIndexOf('/') + 1)..];
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && ContentVariant.ParseFileName(fileName[..dot], fileName) is { Language: { } language } ? language : LanguageTag.Default;
    }
}
