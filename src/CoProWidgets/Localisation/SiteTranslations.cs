using System.Collections.Concurrent;
using System.Reflection;
using System.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoProWidgets.Localisation;

/// <summary>
/// The library's words with a site's own translations in front: for a marker type such as
/// <c>CoProWidgets.Surveys.SurveyText</c>, a site's assembly may hold <c>Resources/CoProWidgets/Surveys/SurveyText.fr.resx</c>
/// (a language the library does not ship) or <c>SurveyText.cy.resx</c> (its own wording of one it does). A key the
/// site's file lacks, or a language it has no file for, comes from the library's own resources.
/// </summary>
internal sealed class SiteTranslations(IStringLocalizerFactory inner, IReadOnlyList<Assembly> sites, ILoggerFactory? loggers = null) : IStringLocalizerFactory
{
    private static readonly Assembly s_library = typeof(SiteTranslations).Assembly;
    private readonly ResourceNamesCache _names = new();
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _localizers = new();

    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        if (resourceSource.Assembly != s_library)
        {
            return inner.Create(resourceSource);
        }

        return _localizers.GetOrAdd(resourceSource, type =>
        {
            var relative = type.FullName![(s_library.GetName().Name!.Length + 1)..];
            var own = sites.Select(site =>
            {
                var root = site.GetCustomAttribute<RootNamespaceAttribute>()?.RootNamespace ?? site.GetName().Name!;
                var baseName = $"{root}.Resources.CoProWidgets.{relative}";
                return (IStringLocalizer)new ResourceManagerStringLocalizer(new ResourceManager(baseName, site), site, baseName, _names, loggers?.CreateLogger<SiteTranslations>() ?? NullLogger<SiteTranslations>.Instance);
            });
            return new Layered([.. own, inner.Create(type)]);
        });
    }

    public IStringLocalizer Create(string baseName, string location) => inner.Create(baseName, location);

    private sealed class Layered(IReadOnlyList<IStringLocalizer> layers) : IStringLocalizer
    {
        public LocalizedString this[string name] => First(layer => layer[name]);

        public LocalizedString this[string name, params object[] arguments] => First(layer => layer[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            layers.SelectMany(layer => Safe(layer, includeParentCultures)).DistinctBy(text => text.Name, StringComparer.Ordinal);

        private static List<LocalizedString> Safe(IStringLocalizer layer, bool includeParentCultures)
        {
            try
            {
                return layer.GetAllStrings(includeParentCultures).ToList();
            }
            catch (MissingManifestResourceException)
            {
                // A site's file for some languages only: the others have nothing here.
                return [];
            }
        }

        private LocalizedString First(Func<IStringLocalizer, LocalizedString> lookUp)
        {
            LocalizedString? last = null;
            foreach (var layer in layers)
            {
                last = lookUp(layer);
                if (!last.ResourceNotFound)
                {
                    return last;
                }
            }

            return last!;
        }
    }
}
