using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.Surveys;

/// <summary>
/// What the survey widget's view (<c>Views/Shared/Components/CoProSurvey/Default.cshtml</c>) renders: one step of the
/// survey. HTML in it (intro, help) has come out of the sanitizer; everything else is text for the view to encode.
/// </summary>
public sealed class SurveyViewModel
{
    /// <summary>An id unique on the page, the start of every id inside the widget.</summary>
    public required string Id { get; init; }

    /// <summary>The survey's title.</summary>
    public required string Title { get; init; }

    /// <summary>The level (1 to 5) of the title heading.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>Which step this is.</summary>
    public required SurveyStep Step { get; init; }

    /// <summary>The text before the first question (sanitized HTML), shown on the first page.</summary>
    public IHtmlContent? Intro { get; init; }

    /// <summary>The page of the survey file shown, from 1: posted back in the form's <c>page</c> field.</summary>
    public int Page { get; init; }

    /// <summary>Where the page shown comes among the pages this person is shown, from 1 ("Page 2 of 3").</summary>
    public int PageNumber { get; init; }

    /// <summary>How many pages of questions this person is shown, as their answers so far decide.</summary>
    public int PageCount { get; init; }

    /// <summary>What the page shown is about: its <c>title:</c> in the survey file, or a name made from its questions.</summary>
    public string PageName { get; init; } = string.Empty;

    /// <summary>Whether a page was shown before this one, so "Back" is offered.</summary>
    public bool CanGoBack { get; init; }

    /// <summary>While a change made from check your answers is under way, the value of the form's <c>changing</c> field; otherwise null.</summary>
    public string? Changing { get; init; }

    /// <summary>The questions on this page.</summary>
    public IReadOnlyList<SurveyQuestionViewModel> Questions { get; init; } = [];

    /// <summary>Every question and its answer, for the check-your-answers step.</summary>
    public IReadOnlyList<SurveySummaryRow> Summary { get; init; } = [];

    /// <summary>The answers to the pages not shown, carried in hidden fields.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Carried { get; init; } = [];

    /// <summary>The problems with what was sent, in the order of the questions.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>The address the form posts to.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>The page to come back to once the survey is submitted.</summary>
    public string ReturnUrl { get; init; } = string.Empty;

    /// <summary>The idempotency key: the same for every page of one response.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The name and value of the antiforgery field.</summary>
    public KeyValuePair<string, string> Antiforgery { get; init; }

    /// <summary>The thank-you text (after submitting).</summary>
    public string? ThankYou { get; init; }

    /// <summary>Where to sign up to hear what happens next, if the site has the get-involved widget.</summary>
    public string? SignUpUrl { get; init; }

    /// <summary>When the survey opens or closed, as words (for the not-yet-open and closed steps).</summary>
    public string? When { get; init; }

    /// <summary>Answers saved to come back to: the link after saving, or a welcome back; null otherwise.</summary>
    public SurveySavedViewModel? Saved { get; init; }

    /// <summary>
    /// Whether the survey runs on a shared tablet at an event (a kiosk): then nothing typed is kept in the browser and
    /// there is no "Save and come back later", so the next person finds nothing of the last one.
    /// </summary>
    public bool AtKiosk { get; init; }

    /// <summary>The id of the title heading.</summary>
    public string TitleId => Id + "-title";
}

/// <summary>The steps of a survey.</summary>
public enum SurveyStep
{
    /// <summary>A page of questions.</summary>
    Questions,

    /// <summary>Every answer, to check and change before submitting.</summary>
    Check,

    /// <summary>Submitted: the thank-you text.</summary>
    Thanks,

    /// <summary>The survey does not take answers yet.</summary>
    NotYetOpen,

    /// <summary>The survey has closed.</summary>
    Closed,

    /// <summary>The answers so far are saved: the link that brings them back, and a form to email it.</summary>
    Saved,

    /// <summary>A link to saved answers that has expired or never worked, with a way to start again.</summary>
    SavedLinkGone,
}

/// <summary>How a question is answered.</summary>
public enum SurveyInput
{
    /// <summary>One of a list (radio buttons).</summary>
    OneOf,

    /// <summary>Any of a list (checkboxes).</summary>
    AnyOf,

    /// <summary>Free text (a text area).</summary>
    Text,

    /// <summary>A whole number (a text box with a numeric keyboard).</summary>
    Number,

    /// <summary>A date, as day, month and year boxes in one fieldset.</summary>
    Date,
}

/// <summary>One question as the view shows it.</summary>
public sealed class SurveyQuestionViewModel
{
    /// <summary>The id of the question's first control, where the error summary links.</summary>
    public required string FieldId { get; init; }

    /// <summary>The name its answers are posted under.</summary>
    public required string FieldName { get; init; }

    /// <summary>The question.</summary>
    public required string Text { get; init; }

    /// <summary>How it is answered.</summary>
    public required SurveyInput Input { get; init; }

    /// <summary>Whether an answer is needed; optional questions say so.</summary>
    public required bool Required { get; init; }

    /// <summary>Help text (sanitized HTML), or null.</summary>
    public IHtmlContent? Help { get; init; }

    /// <summary>The options, with the chosen ones selected.</summary>
    public IReadOnlyList<SurveyChoice> Options { get; init; } = [];

    /// <summary>The text given, for a free-text question.</summary>
    public string? Value { get; init; }

    /// <summary>The most characters a free-text answer may have.</summary>
    public int MaxLength { get; init; }

    /// <summary>The problem with the answer, or null.</summary>
    public string? Error { get; init; }

    /// <summary>When the question is asked (or, once a staff form is sent, why it was skipped), for staff entering answers; null when it is always asked.</summary>
    public string? Condition { get; init; }

    /// <summary>Whether the question takes the focus: "Change" on check your answers opened it.</summary>
    public bool Focus { get; init; }
    /// <summary>A hint the question's type gives, such as the range of a number or an example date; or null.</summary>
    public string? TypeHint { get; init; }

    /// <summary>For a date, the day, month and year typed, in that order.</summary>
    public IReadOnlyList<string> DateParts { get; init; } = [];

    /// <summary>For a date in error, which of "day", "month" and "year" the error is about.</summary>
    public IReadOnlyList<string> ErrorParts { get; init; } = [];

    /// <summary>The value of the option that opens a text box ("Other, please say"), or null.</summary>
    public string? OtherValue { get; init; }

    /// <summary>The text box that option opens, shown under it; or null.</summary>
    public SurveyQuestionViewModel? Other { get; init; }
}

/// <summary>One option.</summary>
/// <param name="Value">The value posted.</param>
/// <param name="Label">What it says.</param>
/// <param name="Selected">Whether it is chosen.</param>
public sealed record SurveyChoice(string Value, string Label, bool Selected);

/// <summary>One row of the check-your-answers step.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer in words, or "Not answered".</param>
/// <param name="Page">The page (from 1) to go back to, to change it.</param>
public sealed record SurveySummaryRow(string Question, string Answer, int Page)
{
    /// <summary>The value of its "Change" button, which opens the question itself, focused (no fragment: Chromium skips <c>autofocus</c> on a page opened at one).</summary>
    public string Change { get; init; } = $"change-{Page}";
}
