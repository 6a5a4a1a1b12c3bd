using CoProWidgets.Host.Organisations;

namespace CoProWidgets.Host.Accounts;

/// <summary>One role in one organisation that a group gives.</summary>
internal sealed record SingleSignOnRole(string Slug, OrganisationRole Role);

/// <summary>Turns the groups in a person's ID token into their roles, by the <see cref="SingleSignOnOptions.Groups"/> map.</summary>
internal static class SingleSignOnGroups
{
    /// <summary>Reads <c>{organisation}:{role}</c>, such as <c>north:Moderation</c>.</summary>
    public static bool TryParse(string? text, out SingleSignOnRole role)
    {
        role = null!;
        var parts = text?.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts is not [var slug, var name] || !OrganisationSlug.IsValid(slug)
            || !Enum.TryParse<OrganisationRole>(name, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(name, out _))
        {
            return false;
        }

        role = new SingleSignOnRole(slug, parsed);
        return true;
    }

    /// <summary>Every role the groups give, once each, in the order of the map (the settings were checked at start-up).</summary>
    public static IReadOnlyList<SingleSignOnRole> RolesOf(IEnumerable<string> groups, SingleSignOnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var roles = new List<SingleSignOnRole>();
        foreach (var group in groups.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!options.Groups.TryGetValue(group, out var given))
            {
                continue;
            }

            foreach (var text in given)
            {
                if (TryParse(text, out var role) && !roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
        }

        return roles;
    }
}
