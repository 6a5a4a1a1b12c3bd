using CoProWidgets.Content;

namespace CoProWidgets.GetInvolved;

/// <summary>Finds <c>get-involved.md</c> in the content store.</summary>
internal sealed class GetInvolvedProvider(ContentStore store, MarkdownRenderer markdown)
{
    public ContentSnapshot<GetInvolvedContent> Get() =>
        store.Get(GetInvolvedContent.Path, file => GetInvolvedContent.Parse(file, markdown));

    /// <summary>Whether the site has the file at all; a site that does not use the widget need not.</summary>
    public bool Exists => store.Exists(GetInvolvedContent.Path);
}
