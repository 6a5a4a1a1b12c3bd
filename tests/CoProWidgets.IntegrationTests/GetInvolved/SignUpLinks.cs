using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>Signs someone up through the service and makes the links their emails would carry.</summary>
internal static class SignUpLinks
{
    public static async Task<(string Confirm, string Manage)> SignUpAsync(IServiceProvider services, string email)
    {
        await services.GetRequiredService<SignUpJourney>().SubmitAsync(
            new SignUpRequest(email, null, ["gp-access"], true, false, false, null, null, "v1", "web form"), new Uri("http://localhost/"));
        var signUp = await FindAsync(services, email);
        var tokens = services.GetRequiredService<SignUpTokens>();
        return (tokens.Create(SignUpLinkPurpose.Confirm, signUp.Id, signUp.ConfirmationNonce), tokens.Create(SignUpLinkPurpose.Manage, signUp.Id, signUp.ManageNonce));
    }

    public static async Task<SignUp> FindAsync(IServiceProvider services, string email)
    {
        await using var db = services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SignUps.AsNoTracking().SingleAsync(s => s.EmailKey == email);
    }
}
