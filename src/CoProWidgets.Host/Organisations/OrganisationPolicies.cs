using Microsoft.AspNetCore.Authorization;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// The workspace's policies inside one organisation's shell, each met only by that organisation's roles: a moderator
/// of one organisation is nobody in another's shell, whatever address they use.
/// </summary>
internal static class OrganisationPolicies
{
    public const string Staff = "organisation-staff";
    public const string People = "organisation-people";
    public const string Moderation = "organisation-moderation";
    public const string Publishing = "organisation-publishing";

    public static void Add(AuthorizationOptions policies, string slug)
    {
        ArgumentNullException.ThrowIfNull(policies);
        policies.AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => StaffRoles.IsMember(c.User, slug)));
        policies.AddPolicy(People, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => StaffRoles.Has(c.User, slug, OrganisationRole.People, OrganisationRole.Administrator)));
        policies.AddPolicy(Moderation, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => StaffRoles.Has(c.User, slug, OrganisationRole.Moderation, OrganisationRole.Administrator)));
        policies.AddPolicy(Publishing, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => StaffRoles.Has(c.User, slug, OrganisationRole.Publishing, OrganisationRole.Administrator)));
    }
}
