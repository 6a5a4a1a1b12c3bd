using System.Text.RegularExpressions;
using CoProWidgets;

namespace CoProWidgets.Sample;

/// <summary>
/// The addresses the sample is run on (launchSettings.json's <c>applicationUrl</c>, or <c>--urls</c>): the first is
/// the site; in Development the second plays another organisation's site, showing the widgets through the embed
/// script. Nothing else in the sample names a port, so it works on whichever ports it is given.
/// </summary>
/// <param name="Site">The site's own address, such as <c>http://localhost:5080/</c>.</param>
/// <param name="EmbedDemo">The other organisation's site, or null when the sample is run on one address only.</param>
public sealed partial record SampleAddresses(Uri Site, Uri? EmbedDemo)
{
    // What Kestrel listens on when it is given no address.
    private const string KestrelDefault = "http://localhost:5000";

    public static SampleAddresses From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = (configuration["urls"] is { Length: > 0 } configured ? configured : KestrelDefault)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => new Uri(AnyHost().Replace(url, "${scheme}://localhost")))
            .ToList();
        return new SampleAddresses(urls[0], urls.Count > 1 ? urls[1] : null);
    }

    /// <summary>
    /// The site's address for the links in emails (unless CoProWidgets:SiteUrl is set), and the demo's origin among
    /// those allowed to show the widgets.
    /// </summary>
    public void ApplyTo(CoProWidgetsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SiteUrl ??= Site;
        if (EmbedDemo?.GetLeftPart(UriPartial.Authority) is { } demo && !options.Embed.AllowedOrigins.Contains(demo))
        {
            options.Embed.AllowedOrigins.Add(demo);
        }
    }

    // "http://*:5080", "http://+:5080" and "http://0.0.0.0:5080" listen on every address; a browser on this machine
    // reaches them as localhost.
    [GeneratedRegex(@"^(?<scheme>https?)://(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyHost();
}
