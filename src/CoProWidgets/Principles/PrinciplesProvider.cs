using CoProWidgets.Content;

namespace CoProWidgets.Principles;

/// <summary>Finds <c>principles/&lt;name&gt;.md</c> in the content store.</summary>
internal sealed class PrinciplesProvider(ContentStore store, MarkdownRenderer markdown)
{
    public const string Folder = "principles";

    public static string PathOf(string name) => $"{Folder}/{name}.md";

    public ContentSnapshot<PrinciplesContent> Get(string name) =>
        store.Get(PathOf(name), file => PrinciplesParser.Parse(file, markdown));

    public IEnumerable<string> Names() =>
        store.List(Folder).Select(path => Path.GetFileNameWithoutExtension(path)).Where(ContentName.IsValid);
}
