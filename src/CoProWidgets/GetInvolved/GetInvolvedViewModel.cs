using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Html;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// What the get-involved widget's view (<c>Views/Shared/Components/CoProGetInvolved/Default.cshtml</c>) renders.
/// Every piece of HTML in it has come out of the sanitizer; everything else is text for the view to encode.
/// </summary>
public sealed class GetInvolvedViewModel
{
    /// <summary>An id unique on the page: the widget's own, and the start of every id inside it.</summary>
    public required string Id { get; init; }

    /// <summary>The widget's title, as plain text.</summary>
    public required string Title { get; init; }

    /// <summary>The level (1 to 5) of the title heading.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>What co-production is and what taking part involves (sanitized HTML).</summary>
    public required IHtmlContent Body { get; init; }

    /// <summary>The consent statement the person agrees to, as plain text.</summary>
    public required string Consent { get; init; }

    /// <summary>The version of <see cref="Consent"/>, posted back so the stored consent names the words shown.</summary>
    public required string ConsentVersion { get; init; }

    /// <summary>Whether the consent box was ticked (when the form is shown again with errors).</summary>
    public bool ConsentGiven { get; init; }

    /// <summary>The address of the privacy notice.</summary>
    public required string PrivacyUrl { get; init; }

    /// <summary>The address the form posts to.</summary>
    public required string Action { get; init; }

    /// <summary>The page to come back to after signing up: the page the widget is on.</summary>
    public required string ReturnUrl { get; init; }

    /// <summary>The name and value of the antiforgery field the form must post.</summary>
    public required KeyValuePair<string, string> Antiforgery { get; init; }

    /// <summary>The fields, their values and their errors.</summary>
    public required GetInvolvedFields Fields { get; init; }

    /// <summary>Whether the person has just signed up: the widget then says to check their email.</summary>
    public bool Sent { get; init; }

    /// <summary>The id of the title heading, which labels the widget.</summary>
    public string TitleId => Id + "-title";
}

/// <summary>
/// The fields the sign-up form and the preferences page share (Views/Shared/CoProWidgets/_GetInvolvedFields.cshtml):
/// values as posted or stored, and the problems with them.
/// </summary>
public sealed class GetInvolvedFields
{
    /// <summary>The start of every field's id, unique on the page.</summary>
    public required string IdPrefix { get; init; }

    /// <summary>The areas of interest to choose from, with the chosen ones selected.</summary>
    public required IReadOnlyList<GetInvolvedChoice> Areas { get; init; }

    /// <summary>Whether the form asks for the email address; the preferences page shows it instead.</summary>
    public bool AskForEmail { get; init; } = true;

    /// <summary>The name given, if any.</summary>
    public string? Name { get; init; }

    /// <summary>The email address given, if any.</summary>
    public string? Email { get; init; }

    /// <summary>Whether updates by email are chosen; the default for a new sign-up.</summary>
    public bool ByEmail { get; init; }

    /// <summary>Whether updates by phone are chosen.</summary>
    public bool ByPhone { get; init; }

    /// <summary>Whether updates by post are chosen.</summary>
    public bool ByPost { get; init; }

    /// <summary>The phone number given, if any.</summary>
    public string? Phone { get; init; }

    /// <summary>The postal address given, if any.</summary>
    public string? Address { get; init; }

    /// <summary>The problems with what was sent, in the order the fields appear; empty when there are none.</summary>
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>The id of a field; for a group of checkboxes, of its first box (where the error summary links).</summary>
    public string Id(string field) => $"{IdPrefix}-{field}";

    /// <summary>The message for a field, or null when it has none.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field)?.Message;

    /// <summary>The ids that describe a field: its hint, if it has one, and its error, if it has one.</summary>
    public string? DescribedBy(string field, bool hasHint)
    {
        var ids = new List<string>(2);
        if (hasHint)
        {
            ids.Add(Id(field) + "-hint");
        }

        if (ErrorFor(field) is not null)
        {
            ids.Add(Id(field) + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}

/// <summary>One checkbox: an area of interest.</summary>
/// <param name="Value">The value posted, which sign-ups are stored under.</param>
/// <param name="Label">What the box says.</param>
/// <param name="Selected">Whether it is ticked.</param>
public sealed record GetInvolvedChoice(string Value, string Label, bool Selected);
