using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Content;

/// <summary>
/// The pictures content shows, from a <c>pictures</c> folder beside the content file (<c>surveys/pictures/doctor.png</c>
/// for <c>surveys/having-a-say.md</c>). Every picture needs its alternative text, and one from the content folder must
/// exist, be PNG, JPEG or WebP (never SVG, which can carry script) and be at most <see cref="MaxBytes"/>: anything else
/// is a content error with its file and line. Its address becomes the library's picture endpoint.
/// </summary>
internal sealed partial class ContentPictures
{
    /// <summary>The largest picture served: Easy Read pictures are small, and a big one slows every page it is on.</summary>
    public const int MaxBytes = 512 * 1024;

    /// <summary>The folder, beside the content files, the pictures are in.</summary>
    public const string Folder = "pictures";

    private static readonly Dictionary<string, string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
    };

    private readonly IContentPictureLinks? _links;

    public ContentPictures(IOptions<CoProWidgetsOptions> options, IHostEnvironment environment, IContentPictureLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Root = ContentStore.ResolveRoot(options.Value, environment);
        _links = links;
    }

    /// <summary>The absolute path of the content folder.</summary>
    public string Root { get; }

    /// <summary>Checks every picture in a parsed file and points those from the content folder at the picture endpoint.</summary>
    public void Check(ContentFile file, MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var picture in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            var line = picture.Line + 1;
            if (string.IsNullOrWhiteSpace(AltText(picture)))
            {
                throw file.Error(line, ContentErrorText.Of("Picture.NoAlt", picture.Url));
            }

            if (picture.Url is not { } url || Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                continue;
            }

            var path = PathOf(file.Path, url)
                ?? throw file.Error(line, ContentErrorText.Of("Picture.Place", url));
            var info = new FileInfo(System.IO.Path.Combine(Root, path));
            if (!info.Exists)
            {
                throw file.Error(line, ContentErrorText.Of("Picture.Missing", url, path));
            }

            if (info.Length > MaxBytes)
            {
                throw file.Error(line, ContentErrorText.Of("Picture.TooBig", url, info.Length / 1024, MaxBytes / 1024));
            }

            picture.Url = _links?.Address(path) ?? picture.Url;
        }
    }

    /// <summary>
    /// The picture's path in the content folder, from the path of the content file and the address written in it
    /// (<c>pictures/doctor.png</c>), or null when it is not a picture in the pictures folder beside the file.
    /// </summary>
    public static string? PathOf(string contentFile, string url)
    {
        ArgumentNullException.ThrowIfNull(contentFile);
        ArgumentNullException.ThrowIfNull(url);
        var match = Address().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var folder = System.IO.Path.GetDirectoryName(contentFile)?.Replace('\\', '/');
        var name = $"{Folder}/{match.Groups["name"].Value}";
        return string.IsNullOrEmpty(folder) ? name : $"{folder}/{name}";
    }

    /// <summary>
    /// The file a picture endpoint's path names, with its media type, or null: a folder name (or none), the pictures
    /// folder and a picture's name, each checked like every content name, so a path never reaches outside the folder.
    /// </summary>
    public (FileInfo File, string MediaType)? Find(string? path)
    {
        if (path is null || !Served().IsMatch(path))
        {
            return null;
        }

        var info = new FileInfo(System.IO.Path.Combine(Root, path));
        return info is { Exists: true, Length: <= MaxBytes } ? (info, s_types[info.Extension]) : null;
    }

    /// <summary>A picture's alternative text: the words between its brackets.</summary>
    public static string AltText(LinkInline picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return string.Concat(picture.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
    }

    [GeneratedRegex(@"\A(?:\./)?" + Folder + "/(?<name>" + ContentName.Rule + @"\.(?:png|jpe?g|webp))\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\A(?:" + ContentName.Rule + "/)?" + Folder + "/" + ContentName.Rule + @"\.(?:png|jpe?g|webp)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Served();
}

/// <summary>Makes the address a picture in the content folder is shown from (the library's picture endpoint).</summary>
internal interface IContentPictureLinks
{
    /// <summary>The address of the picture at <paramref name="path"/> in the content folder, or null before the endpoint is mapped.</summary>
    string? Address(string path);
}
