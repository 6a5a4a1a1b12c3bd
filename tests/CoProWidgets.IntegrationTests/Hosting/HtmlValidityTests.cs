using System.Net;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>
/// Every page of the sample, public and staff, in each state a visitor or staff member meets (empty, errors, done),
/// is valid HTML by the Nu Html Checker.
/// </summary>
public sealed class HtmlValidityTests : IDisposable
{
    private readonly SampleSiteFactory _site = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("copro-html-").FullName;

    // The addresses launchSettings.json runs the sample on; its second is the embed demo, allowed to show the widgets.
    public HtmlValidityTests() => _site.Settings["urls"] = "http://localhost:5080;http://localhost:5081";

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EveryPageAndState_IsValidHtml()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
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
        var kiosk = $"/copro/kiosk/{_site.Services.GetRequiredService<KioskLinks>().Create("having-a-say", "Carers' week", 1).Token}";
        await GetAsync("kiosk", kiosk);
        await PostAsync("kiosk-errors", kiosk, form => form.Set("action", "next"), "form.copro-form[action*='s=']");
        await GetAsync("kiosk-thanks", $"{kiosk}?copro-survey-thanks=having-a-say");

        for (var i = 0; i < pages.Count; i++)
        {
            var (name, response) = pages[i];
            using (response)
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.SeeOther, $"{name}: {response.StatusCode}");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    await File.WriteAllTextAsync(Path.Combine(_folder, $"{i:00}-{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-')}.html"), await response.Content.ReadAsStringAsync());
                }
            }
        }

        Assert.True(Directory.GetFiles(_folder).Length >= 25, $"Only {Directory.GetFiles(_folder).Length} pages were saved.");
        var errors = await NuHtmlChecker.CheckAsync(_folder);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
