using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>Finds <c>surveys/&lt;name&gt;.md</c> in the content store.</summary>
internal sealed class SurveyProvider(ContentStore store, MarkdownRenderer markdown)
{
    public const string Folder = "surveys";

    public static string PathOf(string name) => $"{Folder}/{name}.md";

    public ContentSnapshot<SurveyDefinition> Get(string name) =>
        store.Get(PathOf(name), file => SurveyParser.Parse(name, file, markdown));

    public IEnumerable<string> Names() =>
        store.List(Folder).Select(path => Path.GetFileNameWithoutExtension(path)).Where(ContentName.IsValid);
}
