using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.BrowserTests;

/// <summary>What the browser tests put into the sample site and read back from its database.</summary>
internal static class SiteData
{
    /// <summary>Writes the sample survey under another name without its dates, so tests do not depend on the day they run.</summary>
    public static void WriteUndatedSurvey(SampleSiteFactory site, string name)
    {
        ArgumentNullException.ThrowIfNull(site);
        var sample = File.ReadAllText(Path.Combine(site.ContentPath, "surveys", "having-a-say.md"));
        site.WriteContent($"surveys/{name}.md", string.Join('\n', sample.Split('\n').Where(line => !line.StartsWith("opens:", StringComparison.Ordinal) && !line.StartsWith("closes:", StringComparison.Ordinal))));
    }

    public static async Task<int> CountResponsesAsync(SampleSiteFactory site, string survey)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var db = site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SurveyResponses.CountAsync(response => response.Survey == survey);
    }

    public static async Task<SignUp?> FindSignUpAsync(SampleSiteFactory site, string email)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var db = site.Services.GetRequiredService<CoProDbContextFactory>().Create();
        return await db.SignUps.AsNoTracking().SingleOrDefaultAsync(signUp => signUp.EmailKey == email);
    }
}
