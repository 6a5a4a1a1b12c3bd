using CoProWidgets.Host.Operations;

namespace CoProWidgets.Host;

/// <summary>Settings for the widget host itself (section <c>WidgetHost</c>); each organisation's own are in the database.</summary>
public sealed class WidgetHostOptions
{
    /// <summary>The configuration section: <c>WidgetHost</c>.</summary>
    public const string SectionName = "WidgetHost";

    /// <summary>
    /// The folder for the host's data, absolute or relative to the content root: the SQLite files, each
    /// organisation's emails when no SMTP server is set, and by default their content. The default is <c>App_Data</c>.
    /// </summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// The folder holding one folder of Markdown content per organisation (named by its slug). The default is
    /// <see langword="null"/>: <c>content</c> under <see cref="DataPath"/>.
    /// </summary>
    public string? ContentRoot { get; set; }

    /// <summary>
    /// The host's own public address, for the links in invitations and the staff pages, for example
    /// <c>https://widgets.example.org/</c>. Required outside Development.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>
    /// The path under which an organisation is chosen by its slug when no host name chooses it: <c>/o/{slug}/...</c>.
    /// The default is <c>/o</c>.
    /// </summary>
    public string PathPrefix { get; set; } = "/o";

    /// <summary>
    /// Whether every organisation's background work (emails, safeguarding notices, retention, scheduled results) is
    /// started soon after the host starts, one organisation at a time, rather than at its first request. The default
    /// is <see langword="true"/>: an email queued before a restart goes out even if nobody visits.
    /// </summary>
    public bool StartOrganisationsInBackground { get; set; } = true;

    /// <summary>How often each server looks for organisations added or changed on another server. The default is 30 seconds.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the host waits, when told to stop, for requests in flight and background work (each organisation's
    /// email sender) to finish. The default is 30 seconds; keep it below your platform's own limit (systemd's
    /// <c>TimeoutStopSec</c>, a container's grace period).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> headers are believed. The
    /// default is none: the headers are ignored.
    /// </summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>Who may read the organisations' health. The default is nobody.</summary>
    public HealthSettings Health { get; set; } = new();
}
