using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// A staff account on the host. Accounts belong to the host, not to one organisation, so one person can work for
/// several organisations a provider runs; what they may do in each comes from their <c>OrganisationMembership</c> rows.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>Whether the account manages the host itself: adds organisations and their first administrators.
    /// It gives no access to any organisation's people or answers.</summary>
    public bool IsHostAdministrator { get; set; }

    /// <summary>The name shown to colleagues.</summary>
    public string? DisplayName { get; set; }
}
