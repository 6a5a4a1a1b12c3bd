using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Staff;

/// <summary>
/// What the signed-in member of staff may use beyond the workspace itself, by the host's narrower policies
/// (<see cref="CoProWidgetsOptions.PeoplePolicy"/> and the others; each unset one is the staff policy, which they have
/// passed to be here). The endpoints enforce the policies; this only decides what the pages offer.
/// </summary>
internal sealed class StaffAccess(IServiceProvider services, IOptions<CoProWidgetsOptions> options)
{
    private static readonly object s_key = new();

    public async Task<StaffAbilities> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(s_key, out var known) && known is StaffAbilities abilities)
        {
            return abilities;
        }

        var settings = options.Value;
        abilities = new StaffAbilities(
            await MayAsync(context, settings.PeoplePolicy),
            await MayAsync(context, settings.ModerationPolicy),
            await MayAsync(context, settings.PublishingPolicy));
        context.Items[s_key] = abilities;
        return abilities;
    }

    private async Task<bool> MayAsync(HttpContext context, string? policy) =>
        // Resolved only here: a host without a staff policy may have no authorization services at all.
        policy is null || (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, context, policy)).Succeeded;
}

/// <summary>What one member of staff may use.</summary>
/// <param name="People">The people page, every export, and deleting a response (an erasure of personal data).</param>
/// <param name="Moderation">What people wrote: the responses pages and what is done to a response there, the quotes page and the safeguarding queue.</param>
/// <param name="Publishing">Publishing results.</param>
internal sealed record StaffAbilities(bool People, bool Moderation, bool Publishing);

/// <summary>How a workspace endpoint asks for a narrower policy on top of the staff policy its group requires.</summary>
internal static class StaffPolicyConventions
{
    /// <summary>Requires <paramref name="policy"/> as well, when the host set it; unset, the staff policy alone decides.</summary>
    public static TBuilder AlsoRequire<TBuilder>(this TBuilder builder, string? policy)
        where TBuilder : IEndpointConventionBuilder => policy is null ? builder : builder.RequireAuthorization(policy);
}
