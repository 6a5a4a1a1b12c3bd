using CoProWidgets.Content;
using CoProWidgets.Tests.Support;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.Tests.Content;

/// <summary>A paragraph that begins with a picture is an Easy Read row, and every picture is checked as the file is parsed.</summary>
public sealed class EasyReadRowsTests : IDisposable
{
    private static readonly byte[] s_png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    private readonly TestContent _content = new();
    private readonly MarkdownRenderer _markdown;

    public EasyReadRowsTests()
    {
        var pictures = new ContentPictures(Microsoft.Extensions.Options.Options.Create(_content.Options), new Environment(_content.Root), new Links());
        _markdown = new MarkdownRenderer(Microsoft.Extensions.Options.Options.Create(_content.Options), pictures);
        Directory.CreateDirectory(Path.Combine(_content.Root, "surveys", "pictures"));
        File.WriteAllBytes(Path.Combine(_content.Root, "surveys", "pictures", "doctor.png"), s_png);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Render_ParagraphBeginningWithAPicture_IsARowWithThePictureBesideItsLines()
    {
        var html = Render("![A doctor](pictures/doctor.png) See your doctor.\nTake this letter with you.\n");

        var row = Html.Parse(html).QuerySelector("div.copro-easyread")!;
        var picture = row.QuerySelector(".copro-easyread__picture img")!;
        Assert.Equal("A doctor", picture.GetAttribute("alt"));
        Assert.Equal("/copro/pictures/surveys/pictures/doctor.png", picture.GetAttribute("src"));
        var text = row.QuerySelector("p.copro-easyread__text")!;
        Assert.Equal("See your doctor.Take this letter with you.", text.TextContent.Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.NotNull(text.QuerySelector("br"));
    }

    [Fact]
    public void Render_ParagraphWithoutAPicture_IsAPlainParagraphAsBefore()
    {
        var html = Render("See your doctor.\n\nOr ring 111.\n");

        Assert.Equal("<p>See your doctor.</p>\n<p>Or ring 111.</p>", html);
    }

    [Fact]
    public void Render_ContentCannotGiveItselfTheRowClasses()
    {
        var options = new CoProWidgetsOptions { AllowRawHtml = true };
        var markdown = new MarkdownRenderer(Microsoft.Extensions.Options.Options.Create(options));

        var html = markdown.RenderBlocks(markdown.Parse("<p class=\"copro-easyread\">Dressed up</p>\n\n<span class=\"copro-easyread__text\">x</span>\n"), 0).Value!;

        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![](pictures/doctor.png) See your doctor.", "has no alternative text")]
    [InlineData("![A nurse](pictures/nurse.png) See your nurse.", "add the file surveys/pictures/nurse.png")]
    [InlineData("![A nurse](../pictures/nurse.png) See your nurse.", "must be in the pictures folder")]
    [InlineData("![A nurse](pictures/nurse.svg) See your nurse.", "ending .png, .jpg or .webp")]
    public void Parse_PictureWithAProblem_IsAContentErrorWithFileAndLine(string paragraph, string message)
    {
        var file = new ContentFile("surveys/having-a-say.easy-read.md", $"---\ntitle: A survey\n---\nFirst words.\n\n{paragraph}\n");

        var error = Assert.Throws<ContentException>(() => ParsedContent.Parse(file, _markdown)).Error;

        Assert.Equal("surveys/having-a-say.easy-read.md", error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PictureOverTheLimit_IsAContentError()
    {
        File.WriteAllBytes(Path.Combine(_content.Root, "surveys", "pictures", "big.png"), new byte[ContentPictures.MaxBytes + 1]);

        var error = Assert.Throws<ContentException>(() => ParsedContent.Parse(new ContentFile("surveys/s.md", "![Big](pictures/big.png) Words.\n"), _markdown)).Error;

        Assert.Equal(1, error.Line);
        Assert.Contains("the most allowed is 512 KB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("surveys/pictures/doctor.png", true)]
    [InlineData("pictures/doctor.png", false)]
    [InlineData("surveys/pictures/../pictures/doctor.png", false)]
    [InlineData("surveys/having-a-say.md", false)]
    [InlineData("surveys/pictures/doctor.svg", false)]
    [InlineData("a/b/pictures/doctor.png", false)]
    public void Find_OnlyNamesAPictureInAPicturesFolder(string path, bool found)
    {
        var pictures = new ContentPictures(Microsoft.Extensions.Options.Options.Create(_content.Options), new Environment(_content.Root));

        Assert.Equal(found, pictures.Find(path) is not null);
    }

    private string Render(string markdown)
    {
        var parsed = ParsedContent.Parse(new ContentFile("surveys/having-a-say.easy-read.md", markdown), _markdown);
        return _markdown.RenderBlocks(parsed.Body, 0).Value!;
    }

    private sealed class Links : IContentPictureLinks
    {
        public string? Address(string path) => $"/copro/pictures/{path}";
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
