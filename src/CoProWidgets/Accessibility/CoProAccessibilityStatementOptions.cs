namespace CoProWidgets;

/// <summary>
/// The accessibility statement a site can publish for the widgets (section <c>CoProWidgets:AccessibilityStatement</c>),
/// in the GOV.UK model: a page under the library's route prefix, linked from every widget's foot. Off unless
/// <see cref="Enabled"/> is set; then the organisation, a way to ask for another format and the date it was prepared
/// are required.
/// </summary>
public sealed class CoProAccessibilityStatementOptions
{
    /// <summary>Whether the statement page exists and every widget links to it. The default is <see langword="false"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>The organisation the statement is from, such as <c>Healthwatch Riverside</c>. The default is <see langword="null"/>: required when enabled.</summary>
    public string? OrganisationName { get; set; }

    /// <summary>The email address people write to for another format or to report a problem. The default is <see langword="null"/>; an email address or <see cref="Phone"/> is required when enabled.</summary>
    public string? Email { get; set; }

    /// <summary>The phone number people call for another format or to report a problem, as it should be shown. The default is <see langword="null"/>.</summary>
    public string? Phone { get; set; }

    /// <summary>
    /// The enforcement procedure, in the site's own words, for a site outside Great Britain (in Northern Ireland, the
    /// Equality Commission). The default is <see langword="null"/>: the statement names the Equality and Human Rights
    /// Commission and the Equality Advisory and Support Service, in the reader's language.
    /// </summary>
    public string? Enforcement { get; set; }

    /// <summary>The day the statement was prepared. The default is <see langword="null"/>: required when enabled.</summary>
    public DateOnly? Prepared { get; set; }

    /// <summary>The day it was last reviewed, on or after <see cref="Prepared"/>. The default is <see langword="null"/>: not yet reviewed.</summary>
    public DateOnly? Reviewed { get; set; }

    internal IEnumerable<string> Problems(string section)
    {
        if (!Enabled)
        {
            yield break;
        }

        var prefix = $"{section}:AccessibilityStatement";
        if (string.IsNullOrWhiteSpace(OrganisationName))
        {
            yield return $"{prefix}:OrganisationName is not set. The statement says who it is from: set it to your organisation's name, or set {prefix}:Enabled to false.";
        }

        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            yield return $"{prefix}:Email and {prefix}:Phone are both empty. People need a way to ask for another format (Easy Read, large print, another language): set at least one.";
        }

        if (Email is { Length: > 0 } email && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            yield return $"{prefix}:Email is not an email address. Set the address that answers requests for another format.";
        }

        if (Prepared is null)
        {
            yield return $"{prefix}:Prepared is not set. Set the day the statement was prepared, for example '2026-12-01'.";
        }
        else if (Reviewed < Prepared)
        {
            yield return $"{prefix}:Reviewed is {Reviewed:yyyy-MM-dd}, before {prefix}:Prepared ({Prepared:yyyy-MM-dd}). A statement is reviewed after it is prepared.";
        }
    }
}
