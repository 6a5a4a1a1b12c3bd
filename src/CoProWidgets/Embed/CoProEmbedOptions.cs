namespace CoProWidgets;

/// <summary>
/// Which other sites may show the widgets through the embed script, <c>_content/CoProWidgets/copro.js</c> (section
/// <c>CoProWidgets:Embed</c>).
/// </summary>
public sealed class CoProEmbedOptions
{
    /// <summary>
    /// The origins of the sites that may show the widgets: scheme, host and port only, such as
    /// <c>https://www.healthwatch-example.org.uk</c>. There is no wildcard: each site is listed. The widget host's own
    /// origin is always allowed. The default is an empty list: no other site can show the widgets.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// How long a form shown through the embed script can be sent after it was shown. Embedded forms carry a signed
    /// token instead of an antiforgery cookie, which browsers do not keep for other sites' frames and requests. It must
    /// be from one minute to one day. The default is 4 hours.
    /// </summary>
    public TimeSpan FormLifetime { get; set; } = TimeSpan.FromHours(4);
}
