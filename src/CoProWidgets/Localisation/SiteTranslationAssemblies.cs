using System.Reflection;

namespace CoProWidgets.Localisation;

/// <summary>The assemblies a site added its own translations in, in the order added (the first wins).</summary>
internal sealed class SiteTranslationAssemblies
{
    public List<Assembly> Assemblies { get; } = [];
}
