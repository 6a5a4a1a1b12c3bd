using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CoProWidgets.Content;
using CoProWidgets.Principles;
using CoProWidgets.Tests.Support;

namespace CoProWidgets.Tests.Content;

/// <summary>
/// Attacks sent through the whole pipeline (front matter, Markdig, section splitting, heading shifting, sanitizer),
/// with raw HTML both off (the default) and on, in the intro, in a section body and in a section heading.
/// </summary>
public sealed partial class XssTests
{
    public static readonly TheoryData<string> Vectors = new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"10\">x</text></a></svg>",
        "<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript\\:alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click](  javascript:alert(1)  )",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](https://example.org \"x\\\" onmouseover=\\\"alert(1)\")",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](x \"t\\\" onerror=\\\"alert(1)\")",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "<www.example.org\" onmouseover=\"alert(1)>",
        "http://example.org/\"onmouseover=\"alert(1)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
        "![x][img]\n\n[img]: javascript:alert(1)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"x:expression(alert(1))\">x</p>",
        "<style>body{background:red}</style>",
        "<link rel=stylesheet href=//attacker.example/x.css>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<button formaction=javascript:alert(1)>x</button>",
        "<input onfocus=alert(1) autofocus>",
        "<textarea><script>alert(1)</script></textarea>",
        "<details open ontoggle=alert(1)>x</details>",
        "<body onload=alert(1)>",
        "<x onclick=alert(1)>click</x>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<img srcset=\"javascript:alert(1) 1x\">",
        "<video poster=javascript:alert(1)></video>",
        "<a href=\"https://example.org\" target=\"_blank\" id=\"main\" tabindex=\"1\">hijack</a>",
        "*[HTML]: <script>alert(1)</script>\n\nHTML",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
        "Term\n:   [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        "`<script>alert(1)</script>`",
    };

    private static readonly string[] s_forbiddenElements =
        ["script", "style", "iframe", "object", "embed", "form", "input", "button", "textarea", "select", "link", "meta", "base", "svg", "math", "template", "noscript", "frame", "frameset", "applet"];

    private static readonly string[] s_urlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite", "xlink:href", "lowsrc", "dynsrc"];

    private static readonly string[] s_allowedSchemes = ["http", "https", "mailto", "tel"];

    [Fact]
    public void Vectors_AreAtLeastForty() => Assert.True(Vectors.Count >= 40);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Pipeline_WithRawHtmlOff_LetsNoVectorThrough(string vector) => AssertSafe(vector, allowRawHtml: false);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Pipeline_WithRawHtmlOn_LetsNoVectorThrough(string vector) => AssertSafe(vector, allowRawHtml: true);

    [Fact]
    public void Pipeline_WithRawHtmlOn_KeepsSafeMarkupAndLinks()
    {
        var html = RenderAll("<strong>Bold</strong> [site](https://example.org) <a href=\"mailto:hello@example.org\">mail</a> [call](tel:+441234567890) [page](/get-involved)", allowRawHtml: true);

        var body = Html.Parse(html);
        Assert.NotNull(body.QuerySelector("strong"));
        Assert.Equal(
            ["https://example.org", "mailto:hello@example.org", "tel:+441234567890", "/get-involved"],
            body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Distinct());
    }

    [Fact]
    public void Pipeline_WithRawHtmlOff_ShowsHtmlAsText()
    {
        var html = RenderAll("<em>not markup</em>", allowRawHtml: false);

        Assert.Null(Html.Parse(html).QuerySelector("em"));
        Assert.Contains("&lt;em&gt;not markup&lt;/em&gt;", html, StringComparison.Ordinal);
    }

    private static void AssertSafe(string vector, bool allowRawHtml)
    {
        var html = RenderAll(vector, allowRawHtml);
        var body = Html.Parse(html);

        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, s_forbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"Event handler {attribute.Name} in: {html}");
                Assert.NotEqual("style", attribute.Name);
                Assert.NotEqual("srcdoc", attribute.Name);
                Assert.NotEqual("id", attribute.Name);
                Assert.NotEqual("tabindex", attribute.Name);
                if (s_urlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    AssertSafeUrl(attribute, html);
                }
            }
        }
    }

    private static void AssertSafeUrl(IAttr attribute, string html)
    {
        // Browsers drop tabs and newlines anywhere in a URL and trim control characters and spaces at the ends.
        var urls = attribute.Name == "srcset" ? attribute.Value.Split(',').Select(part => part.Trim().Split(' ')[0]) : [attribute.Value];
        foreach (var raw in urls)
        {
            var url = raw.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
                .Trim(Enumerable.Range(0, 33).Select(c => (char)c).ToArray());
            var scheme = Scheme().Match(url);
            Assert.True(!scheme.Success || s_allowedSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant()), $"Dangerous URL {raw} in: {html}");
        }
    }

    private static string RenderAll(string vector, bool allowRawHtml)
    {
        using var content = new TestContent(new CoProWidgetsOptions { AllowRawHtml = allowRawHtml });
        var firstLine = vector.Split('\n')[0];
        var text = $"---\ntitle: T\nlayout: numbered\n---\n{vector}\n\n## Safe heading\n\n{vector}\n\n## {firstLine}\n\ntext\n";
        var model = PrinciplesParser.Parse(new ContentFile("principles/xss.md", text), content.Markdown).ToViewModel("copro-1", 2);
        return Html.Of(model.Intro) + string.Concat(model.Items.Select(item => "<h3>" + Html.Of(item.Heading) + "</h3>" + Html.Of(item.Body)));
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
