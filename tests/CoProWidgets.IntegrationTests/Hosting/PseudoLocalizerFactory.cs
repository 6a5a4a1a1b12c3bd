using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Wraps the real localizers so that every word that came from resources arrives between <see cref="Open"/> and
/// <see cref="Close"/>: what is left outside them on a page came from somewhere else.
/// </summary>
internal sealed class PseudoLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public const char Open = '\u27E6';
    public const char Close = '\u27E7';

    public IStringLocalizer Create(Type resourceSource) => new Localizer(inner.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new Localizer(inner.Create(baseName, location));

    private sealed class Localizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Mark(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Mark(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Mark);

        private static LocalizedString Mark(LocalizedString text) =>
            new(text.Name, text.ResourceNotFound ? text.Value : string.Create(CultureInfo.InvariantCulture, $"{Open}{text.Value}{Close}"), text.ResourceNotFound, text.SearchedLocation);
    }
}
