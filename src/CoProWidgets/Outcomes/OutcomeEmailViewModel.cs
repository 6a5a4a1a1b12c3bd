namespace CoProWidgets.Outcomes;

/// <summary>
/// What the outcome update email's view (<c>Views/CoProWidgets/Emails/OutcomeUpdate.cshtml</c>) is given: one outcome,
/// newly published or with a new status, for one person who follows one of its areas. The view sets
/// <c>ViewData["Subject"]</c>.
/// </summary>
public sealed class OutcomeEmailViewModel
{
    /// <summary>The person's name, if they gave one.</summary>
    public string? Name { get; init; }

    /// <summary>The outcome's title.</summary>
    public required string Title { get; init; }

    /// <summary>The status in words, such as "In progress".</summary>
    public required string Status { get; init; }

    /// <summary>Whether this is the outcome's first announcement, rather than a change of status.</summary>
    public required bool IsNew { get; init; }

    /// <summary>The new progress step this email is about (its date and what happened), or null for a status change.</summary>
    public string? Step { get; init; }

    /// <summary>A sentence or two about it, as plain text.</summary>
    public required string Summary { get; init; }

    /// <summary>The areas it concerns that the person follows, in words.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    /// <summary>Who it affects and when, if the editor said.</summary>
    public string? Affects { get; init; }

    /// <summary>When it happens, if the editor said.</summary>
    public string? When { get; init; }

    /// <summary>The outcome's own page.</summary>
    public required Uri OutcomeUrl { get; init; }

    /// <summary>The link to the person's preferences page.</summary>
    public required Uri PreferencesUrl { get; init; }

    /// <summary>The unsubscribe link; it is also sent in the List-Unsubscribe header.</summary>
    public required Uri UnsubscribeUrl { get; init; }

    /// <summary>"Hello Sam," or "Hello,".</summary>
    public string Greeting => string.IsNullOrWhiteSpace(Name) ? "Hello," : $"Hello {Name},";
}
