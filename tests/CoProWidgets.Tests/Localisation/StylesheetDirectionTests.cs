using System.Text.RegularExpressions;

namespace CoProWidgets.Tests.Localisation;

/// <summary>
/// The stylesheets say start and end, never left and right, so every widget mirrors in a right-to-left language:
/// a physical side stays only where it is meant physically, in the allow-list below with the reason.
/// </summary>
public sealed partial class StylesheetDirectionTests
{
    /// <summary>"file: property: value" of each physical side meant physically, and why.</summary>
    private static readonly Dictionary<string, string> s_allowed = new(StringComparer.Ordinal)
    {
        // None yet: the chart and the pagination arrows turn round with :dir(rtl) instead.
    };

    private static readonly string[] s_stylesheets = ["copro.css", "kiosk.css"];

    public static TheoryData<string> Stylesheets() => new(s_stylesheets);

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public void Stylesheet_UsesNoLeftOrRight_ExceptWhereAllowed(string name)
    {
        var physical = PhysicalSides(File.ReadAllText(Path.Combine(WebRoot(), name)))
            .Select(found => $"{name}: {found}")
            .Where(found => !s_allowed.ContainsKey(found))
            .ToList();

        Assert.True(physical.Count == 0, $"Use logical properties (margin-inline-start, inset-inline-end, text-align: start ...) instead of:{Environment.NewLine}{string.Join(Environment.NewLine, physical)}");
    }

    [Theory]
    [InlineData(".a { margin-left: 1rem; }")]
    [InlineData(".a { border-right: 1px solid; }")]
    [InlineData(".a { position: absolute; left: 0; }")]
    [InlineData(".a { float: right; }")]
    [InlineData(".a { text-align: left; }")]
    [InlineData(".a { padding: 0 1rem 0 2rem; }")]
    [InlineData("@media print { .a { margin: 1px 2px 3px 4px; } }")]
    [InlineData(".a { inset: 0 auto 0 0; }")]
    public void Check_FindsAPhysicalSide(string css)
    {
        Assert.NotEmpty(PhysicalSides(css));
    }

    [Theory]
    [InlineData(".a { margin-inline-start: 1rem; padding: 0 1rem; margin: 1px 2px 3px 2px; text-align: start; }")]
    [InlineData("/* left and right in a comment */ .a:dir(rtl) { rotate: 45deg; }")]
    public void Check_PassesLogicalProperties(string css)
    {
        Assert.Empty(PhysicalSides(css));
    }

    [Fact]
    public void AllowList_NamesOnlyDeclarationsThatExist()
    {
        var found = s_stylesheets.SelectMany(name => PhysicalSides(File.ReadAllText(Path.Combine(WebRoot(), name))).Select(side => $"{name}: {side}")).ToHashSet();

        Assert.All(s_allowed.Keys, key => Assert.Contains(key, found));
    }

    /// <summary>Each declaration that names a physical side, or sets four sides with different left and right.</summary>
    internal static IEnumerable<string> PhysicalSides(string css)
    {
        foreach (Match declaration in Declaration().Matches(Comment().Replace(css, " ")))
        {
            var property = declaration.Groups["property"].Value.ToLowerInvariant();
            var value = declaration.Groups["value"].Value.Trim();
            var sides = Words(value.Replace(" !important", "", StringComparison.Ordinal));
            var named = PhysicalName().IsMatch(property) || (property is "float" or "clear" or "text-align" or "caption-side" && PhysicalName().IsMatch(value));
            var fourSides = property is "margin" or "padding" or "inset" or "border-width" or "border-style" or "border-color" or "scroll-margin" or "scroll-padding"
                && sides.Count == 4 && sides[1] != sides[3];
            if (named || fourSides)
            {
                yield return $"{property}: {value}";
            }
        }
    }

    /// <summary>A value's space-separated parts, a function such as calc(2 * var(--gap)) being one part.</summary>
    private static List<string> Words(string value)
    {
        var (words, depth, start) = (new List<string>(), 0, 0);
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || (depth == 0 && char.IsWhiteSpace(value[i])))
            {
                if (i > start)
                {
                    words.Add(value[start..i]);
                }

                start = i + 1;
            }
            else
            {
                depth += value[i] switch { '(' => 1, ')' => -1, _ => 0 };
            }
        }

        return words;
    }

    private static string WebRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var root = Path.Combine(directory.FullName, "src", "CoProWidgets", "wwwroot");
            if (File.Exists(Path.Combine(directory.FullName, "CoProWidgets.sln")) && Directory.Exists(root))
            {
                return root;
            }
        }

        throw new InvalidOperationException("The stylesheet tests must run inside the CoProWidgets repository.");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<=[{;])\s*(?<property>-?[a-zA-Z][-a-zA-Z]*)\s*:\s*(?<value>[^;{}]+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b(left|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalName();
}
