using System.Buffers.Binary;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>
/// The pictures in the README and docs/, made from the sample site each time the browser tests run, so they never go
/// stale: one PNG of each widget element, and one of the staff overview, in docs/images. The viewport, scale, clock and
/// time zone are fixed and animations are off, so a picture changes only when the widget does.
/// </summary>
public sealed class ScreenshotTests : IAsyncLifetime
{
    private const int MaxBytes = 150 * 1024;
    private const int MaxHeight = 1000;
    private static readonly string s_images = Path.Combine(Repository.Root, "docs", "images");
    private readonly BrowserSite _site = new();

    public async Task InitializeAsync()
    {
        _site.Site.ConfigureServices = services => services.AddSingleton<TimeProvider>(FixedTime.At("2026-12-01T12:00:00Z"));
        await _site.InitializeAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task EachWidgetAndTheStaffOverview_IsPhotographedIntoDocsImages()
    {
        Directory.CreateDirectory(s_images);
        await SeedResponsesAsync();
        var page = await _site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 840, Height = 900 },
            DeviceScaleFactor = 1,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });

        var shots = new List<string>
        {
            await ShootAsync(page, "principles", "/Working-Together", "section.copro-principles"),
            await ShootAsync(page, "get-involved", "/Get-Involved", "section.copro-get-involved"),
            await ShootAsync(page, "survey", "/Have-Your-Say", "section.copro-survey"),
            await ShootAsync(page, "results", "/You-Said-We-Did", "section.copro-results"),
            await ShootAsync(page, "outcomes", "/You-Said-We-Did", "section.copro-outcomes"),
        };
        await page.GotoAsync(Url("/copro/staff"));
        await page.FillAsync("#sign-in-email", "staff@riverside.example");
        await page.FillAsync("#sign-in-password", "try-the-workspace-2026");
        await Keyboard.PressButtonAsync(page, "Sign in");
        await page.WaitForSelectorAsync("h1:text('Staff workspace')");
        shots.Add(await ShootAsync(page, "staff", "/copro/staff", ".copro-staff"));

        foreach (var file in shots)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length is > 2_000 and < MaxBytes, $"{file} is {bytes.Length:N0} bytes; a widget's picture should be 2 KB to {MaxBytes / 1024} KB.");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            Assert.True(width is >= 300 and <= 840 && height is >= 100 and <= MaxHeight, $"{file} is {width} by {height} pixels.");
        }
    }

    private async Task<string> ShootAsync(IPage page, string kind, string path, string selector)
    {
        if (page.Url != Url(path))
        {
            await page.GotoAsync(Url(path));
        }

        var file = Path.Combine(s_images, kind + ".png");
        File.Delete(file);
        // The widget alone, and of a tall one its top (title, first figures, first form fields): enough to recognise it.
        var box = await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown on {path}.");
        var scroll = await page.EvaluateAsync<float>("() => window.scrollY");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = file,
            FullPage = true,
            Clip = new Clip { X = box.X, Y = box.Y + scroll, Width = box.Width, Height = Math.Min(box.Height, MaxHeight) },
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
            Scale = ScreenshotScale.Css,
        });
        Assert.True(File.Exists(file), $"No picture was written for {kind}.");
        return file;
    }

    private string Url(string path) => new Uri(_site.BaseAddress, path).ToString();

    /// <summary>Enough answers from each group for the results to be published, as a survey a few weeks in has.</summary>
    private async Task SeedResponsesAsync()
    {
        var services = _site.Site.Services;
        var survey = services.GetRequiredService<SurveyProvider>().Get("having-a-say").Value!;
        var service = services.GetRequiredService<SurveyService>();
        string[] scale = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree"];
        for (var i = 0; i < 34; i++)
        {
            var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues>
            {
                ["q-have-a-say"] = scale[i % 5],
                ["q-share-power"] = scale[i % 3],
                ["q-respondent"] = i < 14 ? "carer" : i < 30 ? "staff" : "uses-services",
                ["q-ways"] = new[] { "surveys", "groups" }[..((i % 2) + 1)],
                ["q-before"] = i % 4 == 0 ? "yes" : "no",
            }), survey);
            await service.SubmitAsync(survey, SurveyService.NewKey(), answers);
        }

        await services.GetRequiredService<PublishedResults>().PublishAsync(survey, "A member of staff", alongside: null);
    }
}
