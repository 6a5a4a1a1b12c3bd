using Markdig.Syntax;

namespace CoProWidgets.Content;

/// <summary>
/// A body split into sections, one under each heading of the highest level used (normally <c>##</c>), with the
/// blocks before the first heading as the introduction. Principles, outcomes and surveys are all written this way.
/// </summary>
/// <param name="Level">The level of the section headings.</param>
/// <param name="Intro">The blocks before the first section heading.</param>
/// <param name="Sections">Each section heading with the blocks under it, in file order.</param>
internal sealed record ContentSections(int Level, IReadOnlyList<Block> Intro, IReadOnlyList<(HeadingBlock Heading, IReadOnlyList<Block> Body)> Sections)
{
    /// <summary>The highest heading level (smallest number) among <paramref name="blocks"/>, or null when there is none.</summary>
    public static int? TopLevel(IEnumerable<Block> blocks) =>
        blocks.OfType<HeadingBlock>().Select(heading => (int?)heading.Level).Min();

    public static ContentSections Split(IReadOnlyList<Block> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var level = TopLevel(body) ?? 2;
        var intro = new List<Block>();
        var sections = new List<(HeadingBlock, IReadOnlyList<Block>)>();
        List<Block>? current = null;
        foreach (var block in body)
        {
            if (block is HeadingBlock heading && heading.Level == level)
            {
                current = [];
                sections.Add((heading, current));
            }
            else
            {
                (current ?? intro).Add(block);
            }
        }

        return new ContentSections(level, intro, sections);
    }
}
