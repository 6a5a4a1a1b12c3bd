using System.Security.Claims;
using CoProWidgets.Host.Organisations;
using CoProWidgets.Host.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Finishes a sign-in through the provider: finds the account by its external login (or makes one), gives it exactly
/// the roles its groups map to now, and signs it in with the host's own cookie, so the rest of the host sees a staff
/// account like any other. An account is never joined to an existing one because the addresses match: the provider
/// vouches for its own accounts, not for an address a local account was given.
/// </summary>
internal sealed partial class SingleSignOnSignIn(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    HostDbContext db,
    IOptions<SingleSignOnOptions> options,
    TimeProvider clock,
    ILogger<SingleSignOnSignIn> logger)
{
    /// <summary>The authentication scheme, and the login provider's name on every account it made.</summary>
    public const string Scheme = "SingleSignOn";

    /// <summary>Signs the person in, or says why not; either way the provider's answer is used once only.</summary>
    public async Task<SingleSignOnRefusal?> SignInAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var settings = options.Value;
        if (!external.Succeeded || external.Properties.GetString("LoginProvider") != Scheme
            || SingleSignOnIdentity.From(external.Principal, settings) is not { } person)
        {
            return SingleSignOnRefusal.NotCompleted;
        }

        var refusal = await SignInAsync(http, person, settings);
        if (refusal is { } reason)
        {
            LogRefused(logger, person.Key, reason);
        }

        return refusal;
    }

    private async Task<SingleSignOnRefusal?> SignInAsync(HttpContext http, SingleSignOnIdentity person, SingleSignOnOptions settings)
    {
        // Nothing about the account changes on a sign-in the host does not trust.
        if (settings.RequireMultiFactor && !person.MultiFactor)
        {
            return SingleSignOnRefusal.NoMultiFactor;
        }

        if (person.TooManyGroups)
        {
            return SingleSignOnRefusal.TooManyGroups;
        }

        var cancellationToken = http.RequestAborted;
        var slugs = await db.Organisations.AsNoTracking().Select(o => o.Slug).ToListAsync(cancellationToken);
        var roles = SingleSignOnGroups.RolesOf(person.Groups, settings).Where(r => slugs.Contains(r.Slug)).ToList();
        var user = await users.FindByLoginAsync(Scheme, person.Key);
        if (user is null)
        {
            if (roles.Count == 0)
            {
                return SingleSignOnRefusal.NoRole;
            }

            var made = await CreateAsync(person, cancellationToken);
            if (made.Refusal is { } refusal)
            {
                return refusal;
            }

            user = made.User!;
        }
        else if (await users.IsLockedOutAsync(user))
        {
            return SingleSignOnRefusal.LockedOut;
        }
        else
        {
            await RefreshAsync(user, person);
        }

        // The groups are the whole truth for these accounts: someone taken out of a group in the provider loses its
        // roles here at their next sign-in, even when it leaves them none.
        var now = clock.GetUtcNow();
        var old = await db.Memberships.Where(m => m.UserId == user.Id).ToListAsync(cancellationToken);
        db.Memberships.RemoveRange(old.Where(m => !roles.Contains(new SingleSignOnRole(m.OrganisationSlug, m.Role))));
        db.Memberships.AddRange(roles.Where(r => !old.Any(m => m.OrganisationSlug == r.Slug && m.Role == r.Role))
            .Select(r => new OrganisationMembership { UserId = user.Id, OrganisationSlug = r.Slug, Role = r.Role, Granted = now }));
        await db.SaveChangesAsync(cancellationToken);
        if (roles.Count == 0)
        {
            return SingleSignOnRefusal.NoRole;
        }

        Claim[] claims = person.MultiFactor ? [new("amr", "mfa"), new(ClaimTypes.AuthenticationMethod, Scheme)] : [new(ClaimTypes.AuthenticationMethod, Scheme)];
        await signIn.SignInWithClaimsAsync(user, SingleSignOnSession.Properties(now, settings.SessionLifetime), claims);
        LogSignedIn(logger, user.Id, roles.Count);
        return null;
    }

    private async Task<(StaffUser? User, SingleSignOnRefusal? Refusal)> CreateAsync(SingleSignOnIdentity person, CancellationToken cancellationToken)
    {
        if (person.Email is null)
        {
            return (null, SingleSignOnRefusal.NoEmail);
        }

        if (await IsTakenAsync(person.Email, null, cancellationToken))
        {
            return (null, SingleSignOnRefusal.EmailInUse);
        }

        // The user name is the host's own, so it can never be mistaken for an address someone could sign in with.
        var user = new StaffUser { UserName = "sso-" + Guid.NewGuid().ToString("N"), Email = person.Email, DisplayName = person.Name };
        Check(await users.CreateAsync(user));
        Check(await users.AddLoginAsync(user, new UserLoginInfo(Scheme, person.Key, options.Value.DisplayName)));
        return (user, null);
    }

    /// <summary>
    /// Keeps the name up to date, but never the address: the host finds invitations and sends mail by address, and a
    /// provider lets people (or their administrators) change it, which would let them take over an invitation sent to
    /// someone else. The address stays the one the account was made with.
    /// </summary>
    private async Task RefreshAsync(StaffUser user, SingleSignOnIdentity person)
    {
        if (person.Name is not null && person.Name != user.DisplayName)
        {
            user.DisplayName = person.Name;
            Check(await users.UpdateAsync(user));
        }
    }

    private Task<bool> IsTakenAsync(string email, string? exceptId, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != exceptId, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The single sign-on account could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Single sign-on refused {Key}: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string key, SingleSignOnRefusal reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Single sign-on signed in {UserId} with {Count} roles.")]
    private static partial void LogSignedIn(ILogger logger, string userId, int count);
}
