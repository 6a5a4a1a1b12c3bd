using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// One organisation the host serves (a Healthwatch, a trust, a council): its own content, data, staff, allowed origins,
/// sender and name. Its people's data is never in this row: it lives in the organisation's own database (a SQLite file
/// or a PostgreSQL schema of its own), which is how every query of the widgets is scoped to it by construction.
/// </summary>
public sealed class Organisation
{
    /// <summary>The short name in addresses, file names and schema names: 2 to 40 of a-z, 0-9 and hyphens.</summary>
    public required string Slug { get; init; }

    /// <summary>The name people know it by, shown in emails and on the workspace.</summary>
    public required string Name { get; set; }

    /// <summary>Host names that choose this organisation (space-separated, lower case), for example <c>widgets.healthwatch-a.org.uk</c>.</summary>
    public string HostNames { get; set; } = "";

    /// <summary>The organisation's own website: links in emails, the feed, and its origin for the embed.</summary>
    public required string SiteUrl { get; set; }

    /// <summary>Other origins whose pages may show the widgets (space-separated).</summary>
    public string AllowedOrigins { get; set; } = "";

    /// <summary>The address emails to people come from.</summary>
    public required string EmailFrom { get; set; }

    /// <summary>Where possible safeguarding concerns are sent: a person who reads them.</summary>
    public required string SafeguardingEmail { get; set; }

    /// <summary>Where the organisation's site shows the get-involved form, if anywhere (a path or address).</summary>
    public string? SignUpPage { get; set; }

    /// <summary>When the organisation was added.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>Raised on every change, so every server rebuilds the organisation's services from the new settings.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The host names, one by one.</summary>
    public IReadOnlyList<string> HostNameList => Split(HostNames);

    /// <summary>The allowed origins, one by one.</summary>
    public IReadOnlyList<string> AllowedOriginList => Split(AllowedOrigins);

    internal static string[] Split(string value) => value.Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The rule for an organisation's short name, used in addresses, folders and database schema names.</summary>
public static partial class OrganisationSlug
{
    /// <summary>The rule in words, for error messages.</summary>
    public const string Rule = "2 to 40 lower-case letters, digits and hyphens, starting with a letter";

    /// <summary>Whether <paramref name="slug"/> follows the rule.</summary>
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    /// <summary>Whether <paramref name="slug"/> is a word an administration page's address uses where a slug goes.</summary>
    public static bool IsReserved(string slug) => slug is "add";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("host_organisations");
        organisation.HasKey(o => o.Slug);
        organisation.Property(o => o.Slug).HasMaxLength(40);
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.Property(o => o.HostNames).HasMaxLength(2000);
        organisation.Property(o => o.SiteUrl).HasMaxLength(500);
        organisation.Property(o => o.AllowedOrigins).HasMaxLength(4000);
        organisation.Property(o => o.EmailFrom).HasMaxLength(320);
        organisation.Property(o => o.SafeguardingEmail).HasMaxLength(320);
        organisation.Property(o => o.SignUpPage).HasMaxLength(500);
        organisation.Property(o => o.Version).IsConcurrencyToken();
        organisation.Ignore(o => o.HostNameList);
        organisation.Ignore(o => o.AllowedOriginList);
    }
}
