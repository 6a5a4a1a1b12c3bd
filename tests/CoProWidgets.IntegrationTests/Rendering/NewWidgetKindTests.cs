using System.Net;
using System.Text.Json;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// A widget kind added with its own code and one registration line reaches the manifest, the embed endpoint and the
/// staff content and preview pages with nothing written for it anywhere else; and every shipped widget has all the
/// parts a widget needs, by a check that names what a new one lacks.
/// </summary>
public sealed class NewWidgetKindTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task StartAsync()
    {
        _site.WriteContent("notes/hello.md", "Hello from a note.");
        _site.WriteContent("surveys/s.md", "---\ntitle: S\n---\n## Anything else?\n\ntype: text\n");
        return _site.StartAsync(
            settings: [new("CoProWidgets:StaffPolicy", "Staff")],
            services: services =>
            {
                services.AddWidget<ThrowawayWidget>();
                HeaderAuthentication.AddTo(services, "Staff");
            });
    }

    [Fact]
    public async Task AThrowawayKind_IsInTheManifest_EmbeddedAndOnItsOwnPage()
    {
        await StartAsync();
        using var client = _site.Client(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/copro/widgets.json", UriKind.Relative)));
        var entry = json.RootElement.GetProperty("widgets").EnumerateArray().Single(widget => widget.GetProperty("kind").GetString() == "throwaway-notes");
        using var embedded = await client.GetAsync(new Uri("/copro/embed/throwaway-notes/hello", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/copro/notes/hello", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/copro/embed/throwaway-notes/nothing", UriKind.Relative));

        Assert.Equal("/copro/notes/{name}", entry.GetProperty("page").GetString());
        Assert.Equal("Read the throwaway notes", entry.GetProperty("linkText").GetString());
        Assert.Equal(HttpStatusCode.OK, embedded.StatusCode);
        Assert.Equal("Throwaway note: Hello from a note.", await embedded.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("hello", _site.Services.GetRequiredService<WidgetRegistry>().Parse(new PathString("/copro/notes/hello"))?.Name);
    }

    [Fact]
    public async Task AThrowawayKind_IsOnTheStaffContentAndPreviewPages()
    {
        await StartAsync();
        using var staff = _site.Client("staff");

        var content = await staff.GetDocumentAsync("/copro/staff/content");
        var form = await staff.GetDocumentAsync("/copro/staff/content/preview");
        using var previewed = await FormPost.From(form).Set("kind", "throwaway-notes").Set("name", "draft").Set("text", "A draft note.").PostAsync(staff);
        var preview = await previewed.ReadDocumentAsync();

        Assert.Contains(content.QuerySelectorAll("tbody th"), cell => cell.TextContent == "notes/hello.md");
        Assert.Contains(form.QuerySelectorAll("label"), label => label.TextContent == "Throwaway note (notes folder)");
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal("Throwaway note: A draft note.", preview.QuerySelector(".copro-staff__preview")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/copro/embed/throwaway-notes/draft", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ThePageForPlacingWidgets_ShowsEachKind_WithWhatToPasteForItsContent()
    {
        await StartAsync();
        using var staff = _site.Client("staff");

        var page = await staff.GetDocumentAsync("/copro/staff/widgets");
        var sections = page.QuerySelectorAll("section").ToDictionary(section => section.QuerySelector("h2")!.TextContent);
        string[] Code(string label) => [.. sections[label].QuerySelectorAll("pre code").Select(code => code.TextContent)];

        Assert.Equal(["Principles panel", "Get involved (sign-up)", "Survey", "What people said (results)", "You said, we did (outcomes)", "Throwaway notes"], sections.Keys);
        Assert.Equal(
            ["""<div data-copro-widget="throwaway-notes" data-copro-name="hello"><a href="http://localhost/copro/notes/hello">Read the throwaway notes</a></div>""", """<copro-throwaway-notes name="hello" />""", """[copro widget="throwaway-notes" name="hello"]"""],
            Code("Throwaway notes"));
        Assert.Equal("""<div data-copro-widget="survey" data-copro-name="s"><a href="http://localhost/copro/surveys/s">Answer our survey</a></div>""", Code("Survey")[0]);
        Assert.Equal("""<div data-copro-widget="get-involved"><a href="http://localhost/copro/get-involved">Get involved</a></div>""", Code("Get involved (sign-up)")[0]);
        Assert.Equal("""[copro widget="outcomes"]""", Code("You said, we did (outcomes)")[2]);
        Assert.Contains("""<script src="http://localhost/_content/CoProWidgets/copro.js" data-copro-prefix="/copro" async></script>""", page.QuerySelectorAll("pre code").Select(code => code.TextContent));
        Assert.Contains("One of: hello.", sections["Throwaway notes"].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryShippedWidget_HasEveryPart()
    {
        await StartAsync();
        var registry = _site.Services.GetRequiredService<WidgetRegistry>();

        var lacking = registry.All.Where(widget => widget is not ThrowawayWidget).SelectMany(widget => WidgetParts.Missing(widget, registry).Select(part => $"{widget.Kind} lacks {part}"));

        Assert.Empty(lacking);
    }

    [Fact]
    public async Task TheCheck_NamesWhatTheThrowawayKindLacks()
    {
        await StartAsync();
        var registry = _site.Services.GetRequiredService<WidgetRegistry>();

        var missing = WidgetParts.Missing(registry.Find("throwaway-notes")!, registry);

        Assert.Equal(
            [
                "the view Views/Shared/Components/CoProThrowawayNotes/Default.cshtml",
                "the public API entry for CoProWidgets.Testing.ThrowawayTagHelper",
                "a row in the README's widget table naming `throwaway-notes` and its tag helpers",
            ],
            missing);
    }
}
