using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

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

    /// <summary>
    /// Stores <paramref name="count"/> answers to a copy of the sample survey, spread over its answers and groups
    /// (<paramref name="carers"/> carers, <paramref name="staff"/> staff, the rest people who use services), so that
    /// its results can be published.
    /// </summary>
    public static async Task AddResponsesAsync(SampleSiteFactory site, string survey, int count, int carers, int staff)
    {
        ArgumentNullException.ThrowIfNull(site);
        var definition = site.Services.GetRequiredService<SurveyProvider>().Get(survey).Value!;
        var service = site.Services.GetRequiredService<SurveyService>();
        string[] scale = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"];
        for (var i = 0; i < count; i++)
        {
            var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues>
            {
                ["q-have-a-say"] = scale[i % 5],
                ["q-share-power"] = scale[i % 3],
                ["q-respondent"] = i < carers ? "carer" : i < carers + staff ? "staff" : "uses-services",
                ["q-ways"] = new[] { "surveys", "groups" }[..((i % 2) + 1)],
                ["q-before"] = i % 4 == 0 ? "yes" : "no",
            }), definition);
            await service.SubmitAsync(definition, SurveyService.NewKey(), answers);
        }
    }
}
