using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Content;

/// <summary>
/// The variants of each content file (<c>having-a-say.cy.md</c>, <c>having-a-say.easy-read.md</c>), listed once per
/// change of the folder's matching files and chosen here, in one place, for every kind of widget.
/// </summary>
internal sealed partial class ContentStore
{
    private readonly IReadOnlyCollection<string> _languages;
    private readonly ConcurrentDictionary<string, VariantListing> _variants = new(StringComparer.Ordinal);

    /// <summary>The variants of the file at <paramref name="path"/> there are now, by language then format.</summary>
    public IReadOnlyList<ContentVariantPath> Variants(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Listing(path)?.Files ?? [];
    }

    /// <summary>Whether <paramref name="candidate"/> is the file at <paramref name="path"/> or one of its variants.</summary>
    public static bool IsVariantOf(string candidate, string path)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(path);
        if (candidate == path)
        {
            return true;
        }

        var (folder, name) = Split(path);
        var (candidateFolder, candidateName) = Split(candidate);
        return folder == candidateFolder && ContentVariant.ParseFileName(name[..^".md".Length], candidateName) is not null;
    }

    private (string Path, IChangeToken? Listing) Choose(string path)
    {
        if (Listing(path) is not { } listing)
        {
            return (path, null);
        }

        foreach (var (language, format) in ContentVariant.Current.Candidates(_languages))
        {
            var match = listing.Files.FirstOrDefault(file => file.Format == format && string.Equals(file.Language, language, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return (match.Path, listing.Token);
            }
        }

        return (path, listing.Token);
    }

    private VariantListing? Listing(string path)
    {
        // Listed only for files that exist, so made-up names keep nothing here, as in Get.
        if (!_variants.TryGetValue(path, out var listing) && !Exists(path))
        {
            return null;
        }

        if (listing is { Token.HasChanged: false })
        {
            return listing;
        }

        var (folder, name) = Split(path);
        var stem = name[..^".md".Length];
        var token = _files.Watch(folder.Length == 0 ? $"{stem}.*.md" : $"{folder}/{stem}.*.md");
        var files = _files.GetDirectoryContents(folder)
            .Where(file => !file.IsDirectory)
            .Select(file => (File: file.Name, Variant: ContentVariant.ParseFileName(stem, file.Name)))
            .Where(pair => pair.Variant is not null)
            .Select(pair => new ContentVariantPath(folder.Length == 0 ? pair.File : $"{folder}/{pair.File}", pair.Variant!.Language, pair.Variant.Format))
            .OrderBy(file => file.Language ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(file => file.Format)
            .ToArray();
        listing = new VariantListing(token, files);
        _variants[path] = listing;
        return listing;
    }

    private static (string Folder, string Name) Split(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? (string.Empty, path) : (path[..slash], path[(slash + 1)..]);
    }

    private sealed record VariantListing(IChangeToken Token, ContentVariantPath[] Files);
}

/// <summary>One variant file of a content file: its path in the content folder, its language (null for none) and format.</summary>
/// <param name="Path">The variant's path relative to the content folder.</param>
/// <param name="Language">The language tag its name holds, or null (an Easy Read file in the default file's language).</param>
/// <param name="Format">Its format.</param>
internal sealed record ContentVariantPath(string Path, string? Language, ContentFormat Format);
