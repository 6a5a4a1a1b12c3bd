using CoProWidgets.Host.Organisations;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>Checks the single sign-on settings at start-up, saying what to set for each one that is wrong.</summary>
internal sealed class SingleSignOnValidation(IConfiguration configuration) : IValidateOptions<SingleSignOnOptions>
{
    private const string Section = SingleSignOnOptions.SectionName;

    // Entra ID's shared authorities accept people from every tenant (or personal accounts), and their tokens do not
    // name one issuer the host could check.
    private static readonly string[] s_sharedTenants = ["common", "organizations", "consumers"];

    public ValidateOptionsResult Validate(string? name, SingleSignOnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!SingleSignOnRegistration.IsSet(configuration))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (options.Authority is not { IsAbsoluteUri: true, Scheme: "https" } authority)
        {
            failures.Add($"Set {Section}:Authority to the identity provider's HTTPS address, for Microsoft Entra ID https://login.microsoftonline.com/<tenant id>.");
        }
        else if (authority.Segments.Select(s => s.Trim('/')).Any(s => s_sharedTenants.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"{Section}:Authority names a shared tenant ({authority}): use your own tenant's id, https://login.microsoftonline.com/<tenant id>, so only your organisation's people can sign in.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"Set {Section}:ClientId to the application (client) id of the host's app registration.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"Set {Section}:ClientSecret to a client secret of the host's app registration (environment variable WidgetHost__SingleSignOn__ClientSecret).");
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName))
        {
            failures.Add($"Set {Section}:DisplayName to the name people know the provider by, such as Microsoft 365.");
        }

        if (string.IsNullOrWhiteSpace(options.GroupClaimType))
        {
            failures.Add($"Set {Section}:GroupClaimType to the ID token claim that lists groups (groups for Microsoft Entra ID), or leave it out.");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(5) || options.SessionLifetime > TimeSpan.FromHours(24))
        {
            failures.Add($"Set {Section}:SessionLifetime between 00:05:00 and 1.00:00:00 (it is {options.SessionLifetime}); the default is 08:00:00.");
        }

        if (options.Groups.Count == 0)
        {
            failures.Add($"Set {Section}:Groups: at least one group id with the roles it gives, such as {Section}:Groups:<group object id>:0 = north:Moderation.");
        }

        foreach (var (group, roles) in options.Groups)
        {
            if (roles.Count == 0)
            {
                failures.Add($"{Section}:Groups:{group} gives no role: add one such as north:Staff.");
            }

            failures.AddRange(roles.Where(role => !SingleSignOnGroups.TryParse(role, out _)).Select(role =>
                $"{Section}:Groups:{group} has '{role}', which is not <organisation>:<role>: the organisation's short name ({OrganisationSlug.Rule}) and one of {string.Join(", ", Enum.GetNames<OrganisationRole>())}."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
