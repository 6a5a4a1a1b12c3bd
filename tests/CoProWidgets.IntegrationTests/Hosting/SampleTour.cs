using System.Net;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Every page of the sample, public and staff, in each state a visitor or staff member meets (empty, errors, done),
/// fetched through a fresh client: what the tests that hold every page to a rule (valid HTML, every word from
/// resources) walk through.
/// </summary>
internal static class SampleTour
{
    /// <summary>What the tour types into forms: the words on its pages that came from neither resources nor content.</summary>
    public static readonly string[] Typed = ["On a postcard.", "my son takes my pension every week and i am scared of him", "Carers' week", "pension", "nobody@example.org", "staff@riverside.example", "Shorter", "Do you feel listened to?", "Thanks."];

    /// <summary>The addresses launchSettings.json runs the sample on; its second is the embed demo, allowed to show the widgets.</summary>
    public const string Urls = "http://localhost:5080;http://localhost:5081";

    /// <summary>Walks every page and state; each response is named and left for the caller to read and dispose.</summary>
    public static async Task<List<(string Name, HttpResponseMessage Response)>> WalkAsync(SampleSiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = new List<(string Name, HttpResponseMessage Response)>();
        async Task GetAsync(string name, string path) => pages.Add((name, await client.GetAsync(new Uri(path, UriKind.Relative))));
        async Task PostAsync(string name, string path, Func<FormPost, FormPost> fill, string selector = "form[method=post]") =>
            pages.Add((name, await fill(FormPost.From(await client.GetDocumentAsync(path), selector, path)).PostAsync(client)));

        foreach (var path in (string[])["/", "/Working-Together", "/Have-Your-Say", "/You-Said-We-Did", "/Get-Involved", "/copro/outcomes", "/copro/outcomes/evening-gp-appointments", "/copro/surveys/having-a-say/results", "/copro/get-involved/new-link", "/copro/principles/toolkit/page", "/copro/surveys/having-a-say/report", "/copro/embed/survey/having-a-say?mode=frame&origin=http%3A%2F%2Flocalhost%3A5081", "/Staff/SignIn", "/Have-Your-Say?copro-survey-thanks=having-a-say", "/Get-Involved?copro-get-involved=sent"])
        {
            await GetAsync(path, path);
        }

        await PostAsync("survey-errors", "/copro/surveys/having-a-say", form => form, "form.copro-form");
        await PostAsync("get-involved-errors", "/copro/get-involved", form => form, "form.copro-form");
        await PostAsync("sign-in-errors", "/Staff/SignIn", form => form);
        using (var signedIn = await FormPost.From(await client.GetDocumentAsync("/Staff/SignIn")).Set("Email", "staff@riverside.example").Set("Password", "try-the-workspace-2026").PostAsync(client))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        foreach (var path in (string[])["/copro/staff", "/copro/staff/quotes", "/copro/staff/surveys/having-a-say", "/copro/staff/surveys/having-a-say/responses", "/copro/staff/surveys/having-a-say/enter", "/copro/staff/people", "/copro/staff/outcomes", "/copro/staff/audit", "/copro/staff/content", "/copro/staff/content/preview", "/copro/staff/widgets"])
        {
            await GetAsync(path, path);
        }

        await PostAsync("enter-errors", "/copro/staff/surveys/having-a-say/enter", form => form, "form.copro-form");
        await PostAsync("people-find-errors", "/copro/staff/people", form => form, "form.copro-form");
        await PostAsync("people-nobody", "/copro/staff/people", form => form.Set("email", "nobody@example.org"), "form.copro-form");
        await PostAsync("preview-errors", "/copro/staff/content/preview", form => form, "form.copro-form");
        await PostAsync("preview-survey", "/copro/staff/content/preview", form => form.Set("kind", "survey").Set("name", "having-a-say").Set("text", "---\ntitle: Shorter\nthank-you: Thanks.\n---\n## Do you feel listened to?\nid: listened\ntype: yes-no\n"), "form.copro-form");
        await PostAsync("enter-stored", "/copro/staff/surveys/having-a-say/enter", form => form.Set("channel", "paper").Set("q-have-a-say", "agree").Set("q-share-power", "agree").Set("q-respondent", "carer").Set("q-before", "no").Set("q-anything-else", "On a postcard."), "form.copro-form");
        await GetAsync("survey-entered", "/copro/staff/surveys/having-a-say?entered=1");
        await PostAsync("enter-concern", "/copro/staff/surveys/having-a-say/enter", form => form.Set("channel", "event").Set("q-have-a-say", "disagree").Set("q-share-power", "agree").Set("q-respondent", "carer").Set("q-before", "no").Set("q-anything-else", "my son takes my pension every week and i am scared of him"), "form.copro-form");
        await GetAsync("/copro/staff/safeguarding", "/copro/staff/safeguarding");
        await PostAsync("safeguarding-errors", "/copro/staff/safeguarding", form => form, ".copro-staff__response form");
        await GetAsync("responses-concerns", "/copro/staff/surveys/having-a-say/responses?concerns=yes");
        await PostAsync("responses-search", "/copro/staff/surveys/having-a-say/responses", form => form.Set("q", "pension"), "form.copro-staff__filters");
        await GetAsync("survey-with-concern", "/copro/staff/surveys/having-a-say");
        await GetAsync("responses-delete-refused", "/copro/staff/surveys/having-a-say/responses?done=concern-open");
        await GetAsync("staff-kiosk", "/copro/staff/surveys/having-a-say/kiosk");
        await PostAsync("staff-kiosk-errors", "/copro/staff/surveys/having-a-say/kiosk", form => form.Set("event", string.Empty), "form.copro-form");
        await PostAsync("staff-kiosk-made", "/copro/staff/surveys/having-a-say/kiosk", form => form.Set("event", "Carers' week").Set("days", "2"), "form.copro-form");
        var kiosk = $"/copro/kiosk/{site.Services.GetRequiredService<KioskLinks>().Create("having-a-say", "Carers' week", 1).Token}";
        await GetAsync("kiosk", kiosk);
        await PostAsync("kiosk-errors", kiosk, form => form.Set("action", "next"), "form.copro-form[action*='s=']");
        await GetAsync("kiosk-thanks", $"{kiosk}?copro-survey-thanks=having-a-say");
        return pages;
    }
}
