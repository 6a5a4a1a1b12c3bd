using CoProWidgets.Content;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Surveys;

/// <summary>Finds <c>surveys/&lt;name&gt;.md</c> in the content store.</summary>
internal sealed class SurveyProvider(ContentStore store, MarkdownRenderer markdown)
{
    public const string Folder = "surveys";

    public static string PathOf(string name) => $"{Folder}/{name}.md";

    /// <summary>
    /// The survey in the request's language and format: its variant file where there is one that asks what the default
    /// file asks (<see cref="SurveyVariantCheck"/>); otherwise the default file, with the variant's error.
    /// </summary>
    public ContentSnapshot<SurveyDefinition> Get(string name)
    {
        var path = PathOf(name);
        var snapshot = store.Get(path, file => SurveyParser.Parse(name, file, markdown));
        if (snapshot.File == path || snapshot.File is null)
        {
            return snapshot;
        }

        var standard = Standard(name);
        if (snapshot.Error is not null && snapshot.Value is null)
        {
            return standard with { Error = snapshot.Error, Changes = snapshot.Changes };
        }

        var error = snapshot.Value is { } variant && standard.Value is { } definition
            ? SurveyVariantCheck.Compare(snapshot.File, variant, path, definition)
            : null;
        var changes = new CompositeChangeToken([snapshot.Changes, standard.Changes]);
        return error is null
            ? snapshot with { Changes = changes }
            : standard with { Error = error, Changes = changes };
    }

    /// <summary>The default file, whatever the request's language and format: what every variant is checked against.</summary>
    public ContentSnapshot<SurveyDefinition> Standard(string name) =>
        store.GetFile(PathOf(name), file => SurveyParser.Parse(name, file, markdown));

    public IEnumerable<string> Names() =>
        store.List(Folder).Select(path => Path.GetFileNameWithoutExtension(path)).Where(ContentName.IsValid);
}
