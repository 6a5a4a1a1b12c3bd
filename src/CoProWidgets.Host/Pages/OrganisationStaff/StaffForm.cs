using CoProWidgets.Host.Organisations;

namespace CoProWidgets.Host.Pages.OrganisationStaff;

/// <summary>An email address and roles, as an administrator ticks them.</summary>
public sealed class StaffForm
{
    /// <summary>The person's email address (when inviting).</summary>
    public string? Email { get; set; }

    /// <summary>The roles ticked.</summary>
#pragma warning disable CA2227 // Bound from the form: the binder fills a list it can add to.
    public List<OrganisationRole> Roles { get; set; } = [];
#pragma warning restore CA2227

    internal static (string, string) CheckRoles(IReadOnlyList<OrganisationRole> roles) =>
        roles.Count == 0 ? (nameof(Roles), "Choose at least one role") : default;

    /// <summary>Every member uses the workspace, whatever else they do.</summary>
    internal static IReadOnlyList<OrganisationRole> WithStaff(IEnumerable<OrganisationRole> roles) =>
        [.. roles.Append(OrganisationRole.Staff).Distinct().Order()];
}
