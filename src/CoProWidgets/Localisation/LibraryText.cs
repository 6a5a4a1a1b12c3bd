using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Localisation;

/// <summary>
/// The localizer factory for code with no services to hand (the survey's checks, the figures in words, run by pages,
/// staff entry and tests alike): the request's own, so a site's translations (<c>AddTranslations</c>) and any factory
/// the host put in place reach these words as they reach the views; outside a request, the library's resources.
/// </summary>
internal static class LibraryText
{
    private static readonly IStringLocalizerFactory s_library =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    // Its storage is one AsyncLocal for the process, set for each request because AddCoProWidgets adds the accessor.
    private static readonly HttpContextAccessor s_request = new();

    public static IStringLocalizerFactory Factory => s_request.HttpContext?.RequestServices.GetService<IStringLocalizerFactory>() ?? s_library;

    public static IStringLocalizer For(Type marker) => Factory.Create(marker);
}
