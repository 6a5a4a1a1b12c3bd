using System.Reflection;
using CoProWidgets;
using CoProWidgets.Localisation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adding a site's own translations of the library's words.</summary>
public static class CoProWidgetsTranslationsExtensions
{
    /// <summary>
    /// Puts the site's own translations of the library's words in front of the library's: resource files in
    /// <paramref name="assembly"/> at <c>Resources/CoProWidgets/&lt;Folder&gt;/&lt;Type&gt;.&lt;language&gt;.resx</c>, named
    /// as the library's own are (<c>Resources/CoProWidgets/Surveys/SurveyText.fr.resx</c> beside the library's
    /// <c>Resources/Surveys/SurveyText.resx</c>). A language the library does not ship, or the site's own wording of
    /// one it does; a key the site's file lacks comes from the library's. Wraps the host's
    /// <see cref="IStringLocalizerFactory"/>, whatever it is, so call it after the host's own <c>AddLocalization</c>.
    /// </summary>
    /// <param name="builder">What <c>AddCoProWidgets</c> returned.</param>
    /// <param name="assembly">The assembly holding the site's resource files (usually <c>typeof(Program).Assembly</c>).</param>
    /// <returns>The builder, to chain further calls.</returns>
    public static CoProWidgetsBuilder AddTranslations(this CoProWidgetsBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        var services = builder.Services;
        var sites = services.Select(descriptor => descriptor.ImplementationInstance).OfType<SiteTranslationAssemblies>().FirstOrDefault();
        if (sites is null)
        {
            sites = new SiteTranslationAssemblies();
            services.AddSingleton(sites);
            var previous = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IStringLocalizerFactory))
                ?? throw new InvalidOperationException("No IStringLocalizerFactory is registered: call AddCoProWidgets (or AddLocalization) first.");
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(provider =>
                new SiteTranslations(Inner(provider, previous), sites.Assemblies, provider.GetService<ILoggerFactory>())));
        }

        if (!sites.Assemblies.Contains(assembly))
        {
            sites.Assemblies.Add(assembly);
        }

        return builder;
    }

    private static IStringLocalizerFactory Inner(IServiceProvider provider, ServiceDescriptor previous) => (IStringLocalizerFactory)(
        previous.ImplementationInstance
        ?? previous.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, previous.ImplementationType!));
}
