namespace CoProWidgets.Host.Organisations;

/// <summary>The roles in words for the staff pages.</summary>
internal static class OrganisationRoles
{
    public static readonly IReadOnlyList<OrganisationRole> All =
        [OrganisationRole.Staff, OrganisationRole.People, OrganisationRole.Moderation, OrganisationRole.Publishing, OrganisationRole.Administrator];

    public static string Describe(OrganisationRole role) => role switch
    {
        OrganisationRole.Staff => "workspace",
        OrganisationRole.People => "people and exports",
        OrganisationRole.Moderation => "moderation",
        OrganisationRole.Publishing => "publishing",
        OrganisationRole.Administrator => "administrator",
        _ => role.ToString(),
    };

    public static string Explain(OrganisationRole role) => role switch
    {
        OrganisationRole.Staff => "The workspace: overview, content, widgets and outcomes. Every member has this.",
        OrganisationRole.People => "Finding, downloading and erasing a person's details, and every export.",
        OrganisationRole.Moderation => "Reading responses, choosing quotes and the safeguarding queue.",
        OrganisationRole.Publishing => "Publishing survey results.",
        OrganisationRole.Administrator => "Everything above, and managing the organisation's staff.",
        _ => "",
    };
}
