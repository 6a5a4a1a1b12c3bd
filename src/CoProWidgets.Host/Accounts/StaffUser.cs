using Microsoft.AspNetCore.Identity;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// A staff account on the host. Accounts belong to the host, not to one organisation, so one person can work for
/// several organisations a provider runs; what they may do in each comes from their <c>OrganisationMembership</c> rows.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>
    /// Whether the account manages the host itself: adds organisations and invites their first administrators. It
    /// gives no role in any organisation, and the host refuses to let it invite itself into one, but it can invite any
    /// other address (one its holder also controls included) and reset its members' sign-in: it is trusted with every
    /// organisation's staff list, and every such act is in the audit log.
    /// </summary>
    public bool IsHostAdministrator { get; set; }

    /// <summary>The name shown to colleagues.</summary>
    public string? DisplayName { get; set; }
}
