using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;

namespace CoProWidgets.IntegrationTests.Outcomes;

/// <summary>Sign-ups stored directly, in the state a test needs, for the tests of who hears about an outcome.</summary>
internal static class Followers
{
    public static async Task AddAsync(CoProDbContextFactory contexts, string email, string areas, SignUpStatus status = SignUpStatus.Confirmed, bool byEmail = true, string? language = null)
    {
        await using var db = contexts.Create();
        db.SignUps.Add(new SignUp
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            EmailKey = email,
            Areas = areas,
            UpdatesByEmail = byEmail,
            UpdatesByPost = !byEmail,
            PostalAddress = byEmail ? null : "1 High Street",
            Status = status,
            CreatedAt = DateTime.UtcNow,
            ConsentedAt = DateTime.UtcNow,
            ConsentVersion = "v1",
            ConsentMethod = "test",
            ConfirmationNonce = SignUpTokens.NewNonce(),
            ManageNonce = SignUpTokens.NewNonce(),
            Language = language ?? CoProWidgets.Localisation.LanguageTag.Default,
        });
        await db.SaveChangesAsync();
    }
}
