using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Rendering;

/// <summary>
/// A widget's form handler. It reads and checks the post, does what it asks, and says what happened; it never decides
/// how the answer is shown. Two presenters do that: <see cref="OwnPagePresenter"/> for the site's own pages, and the
/// embed endpoints' presenter for other sites.
/// </summary>
internal interface IWidgetForm
{
    /// <summary>The library page that shows the widget on its own, to show it again after a post.</summary>
    string PageView { get; }

    /// <summary>That page's model for <paramref name="name"/>.</summary>
    object? PageModel(string? name);

    /// <summary>Handles one post of the widget's form for <paramref name="name"/> (null when it takes none).</summary>
    Task<FormOutcome> PostAsync(HttpContext context, string? name);
}

/// <summary>What a widget's form handler did, for a presenter to turn into a response.</summary>
internal abstract record FormOutcome
{
    private FormOutcome()
    {
    }

    /// <summary>
    /// Show the widget again, in the state the handler attached to the request (what was sent, the errors, the next
    /// step), with this status and page title.
    /// </summary>
    /// <param name="Status">The HTTP status: 200 for a next step, 400 for problems, 429 over a budget.</param>
    /// <param name="Title">The page's title; it starts "Error: " when there are problems.</param>
    public sealed record ShowAgain(int Status, string Title) : FormOutcome;

    /// <summary>
    /// The form is done. On a page, 303 back to <paramref name="ReturnUrl"/> with <paramref name="Flag"/> set; where
    /// the widget answers in place, <paramref name="ShowDone"/> attaches its finished state and it is shown again.
    /// </summary>
    /// <param name="Posted">The posted form (it names the posting widget's id, for the fragment).</param>
    /// <param name="ReturnUrl">The page the form was on, a local path.</param>
    /// <param name="Flag">The query parameter the widget reads to say it is done.</param>
    /// <param name="Value">Its value.</param>
    /// <param name="FragmentSuffix">The end of the id of the element to scroll to: <c>{widget id}-{suffix}</c>.</param>
    /// <param name="ShowDone">Attaches the finished state to the request.</param>
    public sealed record Done(IFormCollection Posted, string ReturnUrl, string Flag, string Value, string FragmentSuffix, Action<HttpContext> ShowDone) : FormOutcome;

    /// <summary>No widget to show: the answer as it is (404 for missing content, 400 for a form that cannot be read).</summary>
    /// <param name="Result">The response.</param>
    public sealed record Refused(IResult Result) : FormOutcome;
}
