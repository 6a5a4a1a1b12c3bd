using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using CoProWidgets.Localisation;

namespace CoProWidgets.Content;

/// <summary>
/// A content error's words as a resource key and its arguments, so each page that shows the error can put it in the
/// reader's language, while logs and exceptions keep <see cref="English"/>, the British English text.
/// </summary>
internal sealed class ContentMessage
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> s_english = new();

    /// <param name="resource">The marker type whose resource file holds <paramref name="key"/>, such as <see cref="ContentErrorText"/>.</param>
    /// <param name="key">The message's key.</param>
    /// <param name="arguments">What fills its placeholders: names and numbers from the file, never English words.</param>
    public ContentMessage(Type resource, string key, params object?[] arguments)
    {
        Resource = resource;
        Key = key;

        // Written once, without the culture: names and numbers from a file read the same in every language.
        Arguments = [.. arguments.Select(argument => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? string.Empty)];
        var format = s_english.GetOrAdd(resource, Manager).GetString(key, CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"The content error '{key}' is not in {resource.Name}.resx.");
        English = string.Format(CultureInfo.InvariantCulture, format, [.. Arguments]);
    }

    public Type Resource { get; }

    public string Key { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The message in British English, as logs keep it.</summary>
    public string English { get; }

    /// <summary>The message in the current UI culture, through the request's localizer factory; English when it has no words for it.</summary>
    public string Localised()
    {
        var text = LibraryText.For(Resource)[Key, [.. Arguments]];
        return text.ResourceNotFound ? English : text.Value;
    }

    // The name ResourceManagerStringLocalizerFactory gives the same marker: Resources/<Folder>/<Name>.resx.
    private static ResourceManager Manager(Type resource) =>
        new($"{resource.Assembly.GetName().Name}.Resources.{resource.FullName![(resource.Assembly.GetName().Name!.Length + 1)..]}", resource.Assembly);
}
