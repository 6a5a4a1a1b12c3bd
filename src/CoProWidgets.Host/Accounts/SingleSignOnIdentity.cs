using System.Security.Claims;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// What the provider's ID token says about the person, read from the identity the OpenID Connect handler put in
/// Identity's external cookie (claim names as the provider sent them: the handler does not rename them here).
/// </summary>
/// <param name="Key">Who they are, for good: Entra ID's <c>oid</c> (the same for every app in the tenant, and never
/// reused), or else the standard <c>sub</c>.</param>
/// <param name="Email">Their address: <c>email</c>, or else the sign-in name when it is one (Entra ID sends it as
/// <c>preferred_username</c> in version 2.0 tokens and <c>upn</c> in version 1.0, and it is usually the address).</param>
/// <param name="Name">Their name, if sent.</param>
/// <param name="Groups">The ids in the group claim.</param>
/// <param name="MultiFactor">Whether <c>amr</c> contains <c>mfa</c>.</param>
/// <param name="TooManyGroups">Whether the provider left the groups out for being too many (Entra ID's "overage":
/// the token then names a Graph query instead, which the host does not make).</param>
internal sealed record SingleSignOnIdentity(string Key, string? Email, string? Name, IReadOnlyList<string> Groups, bool MultiFactor, bool TooManyGroups)
{
    public static SingleSignOnIdentity? From(ClaimsPrincipal principal, SingleSignOnOptions options)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(options);
        var key = Value(principal, "oid") ?? Value(principal, "sub");
        if (key is null)
        {
            return null;
        }

        var email = Value(principal, "email") ?? new[] { Value(principal, "preferred_username"), Value(principal, "upn") }.FirstOrDefault(n => n?.Contains('@', StringComparison.Ordinal) == true);
        var groups = principal.FindAll(options.GroupClaimType).Select(c => c.Value).Where(v => v.Length > 0).ToList();
        var multiFactor = principal.FindAll("amr").Any(c => string.Equals(c.Value, "mfa", StringComparison.OrdinalIgnoreCase));
        var overage = principal.FindAll("_claim_names").Any(c => c.Value.Contains($"\"{options.GroupClaimType}\"", StringComparison.Ordinal))
            || principal.HasClaim("hasgroups", "true");
        return new SingleSignOnIdentity(key, email, Value(principal, "name"), groups, multiFactor, overage && groups.Count == 0);
    }

    private static string? Value(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
}
