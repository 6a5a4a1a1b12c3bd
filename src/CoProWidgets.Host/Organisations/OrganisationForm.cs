using System.Net.Mail;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// What an administrator types to add or change an organisation, checked field by field with messages that say what
/// to write. Every field is bounded; nothing is stored unless all of it is right.
/// </summary>
public sealed class OrganisationForm
{
    /// <summary>The organisation's name.</summary>
    public string? Name { get; set; }

    /// <summary>The short name (only when adding).</summary>
    public string? Slug { get; set; }

    /// <summary>Host names, one per line.</summary>
    public string? HostNames { get; set; }

    /// <summary>The organisation's website.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Other origins allowed to show the widgets, one per line.</summary>
    public string? AllowedOrigins { get; set; }

    /// <summary>The address emails come from.</summary>
    public string? EmailFrom { get; set; }

    /// <summary>Where safeguarding concerns go.</summary>
    public string? SafeguardingEmail { get; set; }

    /// <summary>Where the site shows the get-involved form.</summary>
    public string? SignUpPage { get; set; }

    /// <summary>The form filled in from an organisation.</summary>
    public static OrganisationForm From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new()
        {
            Name = organisation.Name,
            Slug = organisation.Slug,
            HostNames = string.Join('\n', organisation.HostNameList),
            SiteUrl = organisation.SiteUrl,
            AllowedOrigins = string.Join('\n', organisation.AllowedOriginList),
            EmailFrom = organisation.EmailFrom,
            SafeguardingEmail = organisation.SafeguardingEmail,
            SignUpPage = organisation.SignUpPage,
        };
    }

    /// <summary>The problems, in the order of the fields, as (field, message); empty when the form is right.</summary>
    /// <param name="adding">Whether the slug is being chosen.</param>
    /// <param name="others">The other organisations, whose slugs and host names cannot be reused.</param>
    /// <param name="ownHost">The host name of the host's own address, which chooses no organisation.</param>
    public IReadOnlyList<(string Field, string Message)> Check(bool adding, IReadOnlyCollection<Organisation> others, string? ownHost = null)
    {
        ArgumentNullException.ThrowIfNull(others);
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors.Add((nameof(Name), "Enter the organisation's name, up to 200 characters"));
        }

        if (adding && !OrganisationSlug.IsValid(Slug))
        {
            errors.Add((nameof(Slug), $"Enter a short name of {OrganisationSlug.Rule}, for example healthwatch-riverside"));
        }
        else if (adding && OrganisationSlug.IsReserved(Slug!))
        {
            errors.Add((nameof(Slug), $"'{Slug}' is a word the administration pages use in their addresses: choose another short name"));
        }
        else if (adding && others.Any(o => o.Slug == Slug))
        {
            errors.Add((nameof(Slug), "Another organisation has this short name: choose another"));
        }

        var hosts = Organisation.Split(HostNames ?? "");
        if ((HostNames?.Length ?? 0) > 2000 || hosts.Length > 20 || hosts.Any(h => Uri.CheckHostName(h) is not (UriHostNameType.Dns or UriHostNameType.IPv4)))
        {
            errors.Add((nameof(HostNames), "Enter up to 20 host names, one per line, such as widgets.example.org (no https:// and no path)"));
        }
        else if (ownHost is not null && hosts.FirstOrDefault(h => string.Equals(h, ownHost, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            // The host's own address serves the sign-in and administration pages: an organisation there would take them over.
            errors.Add((nameof(HostNames), $"{own} is this widget host's own address, which cannot choose an organisation"));
        }
        else if (hosts.FirstOrDefault(h => others.Any(o => o.HostNameList.Contains(h, StringComparer.OrdinalIgnoreCase))) is { } taken)
        {
            errors.Add((nameof(HostNames), $"{taken} already chooses another organisation: each host name can choose only one"));
        }

        if (!IsWebAddress(SiteUrl, allowPath: true))
        {
            errors.Add((nameof(SiteUrl), "Enter the organisation's website address, starting https://, such as https://www.example.org/"));
        }

        var origins = Organisation.Split(AllowedOrigins ?? "");
        if ((AllowedOrigins?.Length ?? 0) > 4000 || origins.Length > 50 || origins.Any(o => !IsWebAddress(o, allowPath: false)))
        {
            errors.Add((nameof(AllowedOrigins), "Enter up to 50 origins, one per line, each a scheme and host only, such as https://www.example.org"));
        }

        if (!IsEmail(EmailFrom))
        {
            errors.Add((nameof(EmailFrom), "Enter the email address emails come from, such as involvement@example.org"));
        }

        if (!IsEmail(SafeguardingEmail))
        {
            errors.Add((nameof(SafeguardingEmail), "Enter the email address of the person or team who reads possible safeguarding concerns"));
        }

        if (SignUpPage is { Length: > 0 } page && (page.Length > 500 || !(page.StartsWith('/') && !page.StartsWith("//", StringComparison.Ordinal)) && !IsWebAddress(page, allowPath: true)))
        {
            errors.Add((nameof(SignUpPage), "Enter the address of the page with the get-involved form, or leave it empty"));
        }

        return errors;
    }

    /// <summary>Copies the checked form onto an organisation.</summary>
    public void ApplyTo(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        organisation.Name = Name!.Trim();
        organisation.HostNames = string.Join(' ', Organisation.Split(HostNames ?? "").Select(h => h.ToLowerInvariant()).Distinct());
        organisation.SiteUrl = SiteUrl!.Trim();
        organisation.AllowedOrigins = string.Join(' ', Organisation.Split(AllowedOrigins ?? "").Select(o => o.TrimEnd('/').ToLowerInvariant()).Distinct());
        organisation.EmailFrom = EmailFrom!.Trim();
        organisation.SafeguardingEmail = SafeguardingEmail!.Trim();
        organisation.SignUpPage = string.IsNullOrWhiteSpace(SignUpPage) ? null : SignUpPage.Trim();
    }

    private static bool IsWebAddress(string? value, bool allowPath) =>
        value is { Length: > 0 and <= 500 }
        && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && (allowPath || uri.AbsolutePath == "/");

    private static bool IsEmail(string? value) =>
        value is { Length: > 2 and <= 320 } && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
