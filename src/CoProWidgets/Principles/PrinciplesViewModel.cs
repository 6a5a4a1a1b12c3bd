using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Principles;

/// <summary>
/// What the principles panel view (<c>Views/Shared/Components/CoProPrinciples/Default.cshtml</c>) renders.
/// Every piece of HTML in it has come out of the sanitizer.
/// </summary>
/// <param name="Id">An id unique on the page, used to label the panel by its title.</param>
/// <param name="Title">The panel title, as plain text.</param>
/// <param name="Layout">The layout the content editor chose.</param>
/// <param name="HeadingLevel">The level (1 to 5) of the title heading; item headings are one level deeper.</param>
/// <param name="Intro">The text before the first section, or <see langword="null"/> when there is none.</param>
/// <param name="Items">The principles, phases or cards, in the order written.</param>
public sealed record PrinciplesViewModel(
    string Id,
    string Title,
    PrinciplesLayout Layout,
    int HeadingLevel,
    IHtmlContent? Intro,
    IReadOnlyList<PrinciplesItem> Items)
{
    /// <summary>The level of each item's heading: one below the title, and never deeper than 6.</summary>
    public int ItemHeadingLevel => Math.Min(HeadingLevel + 1, 6);

    /// <summary>The id of the title heading, which labels the panel.</summary>
    public string TitleId => Id + "-title";

    /// <summary>The layout's name as written in front matter and in CSS classes: numbered, phases or cards.</summary>
    public string LayoutName => Layout.ToString().ToLowerInvariant();
}

/// <summary>One principle, phase or card.</summary>
/// <param name="Heading">The heading's inline HTML (sanitized).</param>
/// <param name="Body">The text under the heading (sanitized), or <see langword="null"/> when there is none.</param>
public sealed record PrinciplesItem(IHtmlContent Heading, IHtmlContent? Body);
