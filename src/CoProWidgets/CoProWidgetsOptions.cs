using Ganss.Xss;
using Markdig;

namespace CoProWidgets;

/// <summary>
/// Settings for CoProWidgets, bound from the <c>CoProWidgets</c> configuration section and validated at start-up.
/// </summary>
public sealed class CoProWidgetsOptions
{
    /// <summary>The configuration section the options are bound from: <c>CoProWidgets</c>.</summary>
    public const string SectionName = "CoProWidgets";

    /// <summary>
    /// The folder holding the Markdown content files, absolute or relative to the content root.
    /// The default is <c>Content/CoProduction</c>.
    /// </summary>
    public string ContentPath { get; set; } = "Content/CoProduction";

    /// <summary>
    /// The path under which <c>MapCoProWidgets</c> maps the library's endpoints. It must start with <c>/</c>.
    /// The default is <c>/copro</c>.
    /// </summary>
    public string RoutePrefix { get; set; } = "/copro";

    /// <summary>
    /// The heading level (1 to 5) of a widget's title when the host page does not give one; headings inside the
    /// content are shifted to sit below it. The default is 2.
    /// </summary>
    public int DefaultHeadingLevel { get; set; } = 2;

    /// <summary>
    /// Whether raw HTML written inside Markdown content is kept (it is still sanitized). The default is
    /// <see langword="false"/>: raw HTML is shown as text.
    /// </summary>
    public bool AllowRawHtml { get; set; }

    /// <summary>
    /// Whether a widget shows a content file's error in its place. The default is <see langword="null"/>:
    /// errors are shown in the Development environment only, and elsewhere the last good version is served.
    /// </summary>
    public bool? ShowContentErrors { get; set; }

    /// <summary>
    /// Whether the first widget on a page adds a link to the widget stylesheet,
    /// <c>_content/CoProWidgets/copro.css</c>. Set it to <see langword="false"/> when the layout links the
    /// stylesheet itself. The default is <see langword="true"/>.
    /// </summary>
    public bool IncludeStylesheet { get; set; } = true;

    /// <summary>
    /// The layout the library's own pages (such as confirming a sign-up) are shown in, for example
    /// <c>/Pages/Shared/_Layout.cshtml</c>. The default is <see langword="null"/>: the host's
    /// <c>/Pages/Shared/_Layout.cshtml</c> or <c>/Views/Shared/_Layout.cshtml</c>, whichever exists, else a plain
    /// page of the library's own.
    /// </summary>
    public string? PageLayout { get; set; }

    /// <summary>
    /// The name of the host's authorization policy for staff endpoints that reveal personal data or answers, such as
    /// the CSV export of confirmed sign-ups. The default is <see langword="null"/>: those endpoints do not exist.
    /// </summary>
    public string? StaffPolicy { get; set; }

    /// <summary>
    /// The layout the staff workspace's pages are shown in. The default is <see langword="null"/>: the library's own
    /// staff layout (<c>Views/CoProWidgets/Staff/_StaffLayout.cshtml</c>), a plain page with no script at all, so the
    /// site's analytics, chat or session-replay scripts never see the names, addresses and written answers staff read.
    /// Set it (for example to <c>/Pages/Shared/_Layout.cshtml</c>) only after checking what that layout loads; the
    /// staff pages then send a Content-Security-Policy of <c>frame-ancestors 'none'</c> alone.
    /// </summary>
    public string? StaffLayout { get; set; }

    /// <summary>
    /// The name of the host's authorization policy, on top of <see cref="StaffPolicy"/>, for what names or reaches
    /// people: the staff people page (finding, downloading and erasing a person), deleting a response (an erasure;
    /// <see cref="ModerationPolicy"/> too), every export (responses as CSV or JSON, the post and phone lists, sign-ups
    /// and survey responses as CSV; an export of responses needs <see cref="ModerationPolicy"/> too) and the addresses
    /// of failed emails. The default is <see langword="null"/>: <see cref="StaffPolicy"/> alone.
    /// </summary>
    public string? PeoplePolicy { get; set; }

    /// <summary>
    /// The name of the host's authorization policy, on top of <see cref="StaffPolicy"/>, for what people wrote: reading
    /// responses (the responses page, its concerns filter and its search), excluding, including again and deleting one,
    /// raising a safeguarding concern, moderating quotes and the safeguarding queue. The default is
    /// <see langword="null"/>: <see cref="StaffPolicy"/> alone.
    /// </summary>
    public string? ModerationPolicy { get; set; }

    /// <summary>
    /// The name of the host's authorization policy, on top of <see cref="StaffPolicy"/>, for publishing a survey's
    /// results from the workspace. The default is <see langword="null"/>: <see cref="StaffPolicy"/> alone.
    /// </summary>
    public string? PublishingPolicy { get; set; }

    /// <summary>
    /// How many days the staff audit log (entries made for people, exports, look-ups, erasures, retries) is kept,
    /// 30 to 3,650. The default is 730 (two years).
    /// </summary>
    public int AuditLogDays { get; set; } = 730;

    /// <summary>
    /// The site's public address, used for the links in emails and the Atom feed, and as the site's own origin for
    /// embedded widgets, for example <c>https://www.example.org/</c>. Required outside Development:
    /// <c>MapCoProWidgets</c> fails at start-up without it. The default is <see langword="null"/>, which only
    /// Development accepts, using the address of each request (a developer's own machine).
    /// </summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>
    /// The languages the site offers (language tags such as <c>cy</c> or <c>ur-PK</c>, at most
    /// <see cref="MaxLanguages"/>): the content variants looked for (<c>having-a-say.cy.md</c>), the languages an
    /// embedded widget's <c>data-copro-lang</c> may ask for, and the language switcher's links. The default (an empty
    /// list) is British English (<c>en-GB</c>, the language of each content file without a language in its name) and
    /// the languages the library's own words are translated into: Welsh (<c>cy</c>), Polish (<c>pl</c>) and Urdu
    /// (<c>ur</c>). Set it to list them all, the default file's language first.
    /// </summary>
    public IList<string> Languages { get; } = [];

    /// <summary>The most languages <see cref="Languages"/> may list: 20.</summary>
    public const int MaxLanguages = 20;

    /// <summary>Where the site shows the get-involved form (section <c>CoProWidgets:GetInvolved</c>).</summary>
    public CoProGetInvolvedOptions GetInvolved { get; } = new();

    /// <summary>How often one client may post each kind of form (section <c>CoProWidgets:RateLimits</c>).</summary>
    public CoProRateLimitOptions RateLimits { get; } = new();

    /// <summary>Redis, shared by several servers, when <c>ConnectionStrings:Redis</c> is set (section <c>CoProWidgets:Redis</c>).</summary>
    public CoProRedisOptions Redis { get; } = new();

    /// <summary>How a survey kiosk at an event clears itself for the next person (section <c>CoProWidgets:Kiosk</c>).</summary>
    public CoProKioskOptions Kiosk { get; } = new();

    /// <summary>The accessibility statement the site publishes for the widgets (section <c>CoProWidgets:AccessibilityStatement</c>); off by default.</summary>
    public CoProAccessibilityStatementOptions AccessibilityStatement { get; } = new();

    /// <summary>How survey results are published (section <c>CoProWidgets:Results</c>).</summary>
    public CoProResultsOptions Results { get; } = new();

    /// <summary>How outcomes are listed and announced (section <c>CoProWidgets:Outcomes</c>).</summary>
    public CoProOutcomesOptions Outcomes { get; } = new();

    /// <summary>Which other sites may show the widgets through the embed script (section <c>CoProWidgets:Embed</c>).</summary>
    public CoProEmbedOptions Embed { get; } = new();

    /// <summary>Where sign-ups and answers are stored (section <c>CoProWidgets:Database</c>).</summary>
    public CoProDatabaseOptions Database { get; } = new();

    /// <summary>How email is sent (section <c>CoProWidgets:Email</c>).</summary>
    public CoProEmailOptions Email { get; } = new();

    /// <summary>What the content check tells editors about plain words and Easy Read (section <c>CoProWidgets:EasyRead</c>).</summary>
    public CoProEasyReadOptions EasyRead { get; } = new();

    /// <summary>Who hears about possible safeguarding concerns (section <c>CoProWidgets:Safeguarding</c>).</summary>
    public CoProSafeguardingOptions Safeguarding { get; } = new();

    /// <summary>
    /// How many days after a survey closes its written answers are blanked: the choices stay, counted as before, and
    /// the words (which may name someone) go. From 30 to 3650; the default is 365, a year to report back in.
    /// </summary>
    public int WrittenAnswersDays { get; set; } = 365;

    /// <summary>
    /// How many days after staff reject a quote its words are deleted, and after they approve a redacted quote its
    /// original wording is (the published wording stays). From 1 to 365; the default is 30.
    /// </summary>
    public int QuoteWordingDays { get; set; } = 30;

    /// <summary>
    /// How many days answers saved with "Save and come back later" are kept: the link brings them back until then,
    /// and then they are deleted. From 1 to 90; the default is 7.
    /// </summary>
    public int SavedAnswersDays { get; set; } = 7;

    /// <summary>
    /// Extra configuration for the one Markdown pipeline, applied after the library's own settings.
    /// The default is an empty list.
    /// </summary>
    public IList<Action<MarkdownPipelineBuilder>> ConfigureMarkdown { get; } = [];

    /// <summary>
    /// Extra configuration for the one HTML sanitizer, applied after the library has tightened it for editor
    /// content. Sanitizing stays the last step whatever these do. The default is an empty list.
    /// </summary>
    public IList<Action<HtmlSanitizer>> ConfigureSanitizer { get; } = [];
}
