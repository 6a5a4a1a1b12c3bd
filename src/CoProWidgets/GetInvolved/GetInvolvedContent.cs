using CoProWidgets.Content;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// What <c>get-involved.md</c> says: the heading, what co-production and taking part involve (the body), the areas
/// people can choose, the consent statement and the privacy notice.
/// </summary>
internal sealed class GetInvolvedContent(
    string title,
    IReadOnlyList<Block> body,
    IReadOnlyList<GetInvolvedArea> areas,
    string consent,
    string privacyUrl,
    MarkdownRenderer markdown)
{
    public const string Path = "get-involved.md";
    public const int MaxAreas = 30;
    public const int MaxConsentLength = 1000;

    private static readonly string[] s_fields = ["title", "areas", "consent", "privacy-url"];

    private readonly ByHeadingLevel<IHtmlContent> _bodies = new(headingLevel => markdown.RenderBelow(body, headingLevel));

    public string Title { get; } = title;

    public IReadOnlyList<GetInvolvedArea> Areas { get; } = areas;

    public string Consent { get; } = consent;

    public string ConsentVersion { get; } = VersionOf(consent);

    public string PrivacyUrl { get; } = privacyUrl;

    /// <summary>The body, with its headings below a widget title at <paramref name="headingLevel"/>; rendered once per level.</summary>
    public IHtmlContent Body(int headingLevel) => _bodies.At(Math.Clamp(headingLevel, 1, 5));

    public static GetInvolvedContent Parse(ContentFile file, MarkdownRenderer markdown)
    {
        var content = ParsedContent.Parse(file, markdown);
        var frontMatter = content.FrontMatter;
        frontMatter.RejectUnknownFields(s_fields);
        var title = frontMatter.RequireString("title", 150);
        var consent = frontMatter.RequireString("consent", MaxConsentLength);
        var privacy = frontMatter.RequireString("privacy-url", 500);
        if (!SafeLink.IsSafe(privacy))
        {
            throw file.Error(frontMatter.LineOf("privacy-url"), GetInvolvedErrorText.Of("PrivacyUrl.Invalid", privacy));
        }

        var areas = new List<GetInvolvedArea>();
        foreach (var (id, label, line) in frontMatter.RequirePairs("areas", MaxAreas, 100))
        {
            if (!ContentName.IsValid(id) || id.Contains(',', StringComparison.Ordinal))
            {
                throw file.Error(line, GetInvolvedErrorText.Of("Area.IdInvalid", id));
            }

            if (areas.Any(area => string.Equals(area.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw file.Error(line, GetInvolvedErrorText.Of("Area.IdTwice", id));
            }

            areas.Add(new GetInvolvedArea(id, label));
        }

        return new GetInvolvedContent(title, content.Body.ToList(), areas, consent, privacy, markdown);
    }

    /// <summary>
    /// The version of a consent statement stored with each sign-up: a hash of its words, so that a change to the
    /// statement shows in the record of what each person agreed to.
    /// </summary>
    public static string VersionOf(string consent) => ContentValues.Version(consent.Trim());
}

/// <summary>An area of interest a person can choose, such as mental health or GP access.</summary>
/// <param name="Id">The id sign-ups are stored under.</param>
/// <param name="Label">What the form shows.</param>
internal sealed record GetInvolvedArea(string Id, string Label);
