using CoProWidgets.Host.Organisations;

namespace CoProWidgets.Host.Pages.OrganisationStaff;

/// <summary>The roles ticked and what is wrong, for the <c>_RoleChoice</c> partial.</summary>
internal sealed record RoleChoiceView(IReadOnlyList<OrganisationRole> Chosen, string? Error);
