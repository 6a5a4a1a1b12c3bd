using System.Security.Claims;
using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// Adds the signed-in account's roles to its identity on every request, read from the database rather than kept in
/// the cookie: a role taken away, or an organisation's staff changed on another server, counts from the next request.
/// </summary>
internal sealed class StaffClaims(HostDbContext db) : IClaimsTransformation
{
    public const string RoleType = "copro:role";
    public const string HostAdministratorType = "copro:host-administrator";

    public static string RoleValue(string slug, OrganisationRole role) => $"{slug}:{role}";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || principal.HasClaim(c => c.Type == RoleType || c.Type == HostAdministratorType))
        {
            return principal;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return principal;
        }

        var roles = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.OrganisationSlug, m.Role }).ToListAsync();
        var hostAdministrator = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.IsHostAdministrator).FirstOrDefaultAsync();
        var claims = new ClaimsIdentity();
        claims.AddClaims(roles.Select(r => new Claim(RoleType, RoleValue(r.OrganisationSlug, r.Role))));
        if (hostAdministrator)
        {
            claims.AddClaim(new Claim(HostAdministratorType, "true"));
        }

        // A copy: the principal may be reused by the authentication handler's cache.
        var transformed = principal.Clone();
        transformed.AddIdentity(claims);
        return transformed;
    }
}

/// <summary>Reads an organisation's roles off a signed-in principal.</summary>
internal static class StaffRoles
{
    public static bool Has(ClaimsPrincipal user, string slug, params ReadOnlySpan<OrganisationRole> anyOf)
    {
        foreach (var role in anyOf)
        {
            if (user.HasClaim(StaffClaims.RoleType, StaffClaims.RoleValue(slug, role)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsMember(ClaimsPrincipal user, string slug) =>
        Has(user, slug, OrganisationRole.Staff, OrganisationRole.People, OrganisationRole.Moderation, OrganisationRole.Publishing, OrganisationRole.Administrator);

    public static bool IsHostAdministrator(ClaimsPrincipal user) => user.HasClaim(StaffClaims.HostAdministratorType, "true");
}
