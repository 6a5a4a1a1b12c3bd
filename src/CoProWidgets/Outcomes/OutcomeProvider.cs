using CoProWidgets.Content;
using CoProWidgets.GetInvolved;
using CoProWidgets.Surveys;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.Outcomes;

/// <summary>Finds <c>outcomes/&lt;name&gt;.md</c> in the content store, and lists every good one, newest first.</summary>
internal sealed partial class OutcomeProvider(ContentStore store, MarkdownRenderer markdown, GetInvolvedProvider getInvolved, ILogger<OutcomeProvider> logger)
{
    public const string Folder = "outcomes";

    private volatile Listing? _listing;

    public static string PathOf(string name) => $"{Folder}/{name}.md";

    public ContentSnapshot<CheckedOutcome> Get(string name) =>
        store.Get(PathOf(name), file =>
        {
            var outcome = OutcomeParser.Parse(name, file, markdown);
            var known = getInvolved.Exists ? getInvolved.Get().Value?.Areas.Select(area => area.Id).ToList() : null;
            var warnings = OutcomeChecklist.Check(outcome, known, survey => store.Exists(SurveyProvider.PathOf(survey)));
            foreach (var warning in warnings)
            {
                LogChecklist(file.Path, warning);
            }

            return new CheckedOutcome(outcome, warnings);
        });

    /// <summary>Every outcome with a good version, newest first (then by title).</summary>
    /// <param name="fresh">Whether to list the folder again even if no change was seen, as the notifier's regular look does.</param>
    public IReadOnlyList<CheckedOutcome> All(bool fresh = false) =>
        Names(fresh).Select(name => Get(name).Value).OfType<CheckedOutcome>()
            .OrderByDescending(item => item.Outcome.Date).ThenBy(item => item.Outcome.Title, StringComparer.CurrentCulture).ToList();

    /// <summary>
    /// The outcome files' names, listed again when a file is added or removed. Until the folder exists it is looked for
    /// every time: watching a folder that does not exist yet can miss its creation.
    /// </summary>
    public IReadOnlyList<string> Names(bool fresh = false)
    {
        var listing = _listing;
        if (fresh || listing is null || listing.Token.HasChanged)
        {
            if (!store.FolderExists(Folder))
            {
                // Not watched either: each watcher is an inotify instance, of which a user has few (128 by default).
                _listing = null;
                return [];
            }

            var token = store.Watch($"{Folder}/*.md");
            listing = new Listing(token, store.List(Folder).Select(path => Path.GetFileNameWithoutExtension(path)).Where(ContentName.IsValid).ToArray());
            _listing = listing;
        }

        return listing.Names;
    }

    /// <summary>
    /// Fires when an outcome file is added, changed or removed; never, while there is no outcomes folder (the
    /// notifier's regular look finds the folder once it is created).
    /// </summary>
    public IChangeToken Watch() => store.FolderExists(Folder) ? store.Watch($"{Folder}/*.md") : NullChangeToken.Singleton;

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Communication checklist, {File}: {Warning}")]
    private partial void LogChecklist(string file, string warning);

    private sealed record Listing(IChangeToken Token, string[] Names);
}

/// <summary>An outcome and what the communication checklist found missing from it.</summary>
internal sealed record CheckedOutcome(Outcome Outcome, IReadOnlyList<string> Warnings);
