using System.Text.RegularExpressions;
using CoProWidgets.Content;
using NetArchTest.Rules;

namespace CoProWidgets.Tests.Architecture;

/// <summary>
/// The library's folders depend one way, bottom to top, so a cycle fails here rather than in a review: the options
/// (the root namespace, read by everything), localisation (which language and direction, and where the words are), screening (what a written answer may hold that must not be
/// published, which needs nothing else of the library), content, HTTP plumbing, storage, what every widget shares, the accessibility statement, email, the
/// features in the order below (each may use those before it: quotes come before surveys, which make them as they store
/// a response, and before the results, outcomes and staff pages that publish, cite and decide them), what composes
/// features (embed), and at the top the routing and DI extensions (in Microsoft.* namespaces and
/// CoProWidgets.DependencyInjection), free to use everything.
/// </summary>
public sealed class FolderRuleTests
{
    private static readonly string[] s_layers =
    [
        "CoProWidgets",
        "CoProWidgets.Localisation",
        "CoProWidgets.Screening",
        "CoProWidgets.Content",
        "CoProWidgets.Http",
        "CoProWidgets.Storage",
        "CoProWidgets.Audit",
        "CoProWidgets.Rendering",
        "CoProWidgets.Accessibility",
        "CoProWidgets.Email",
        "CoProWidgets.Safeguarding",
        "CoProWidgets.Principles",
        "CoProWidgets.GetInvolved",
        "CoProWidgets.Quotes",
        "CoProWidgets.Surveys",
        "CoProWidgets.SurveyResults",
        "CoProWidgets.Outcomes",
        "CoProWidgets.Retention",
        "CoProWidgets.Embed",
        "CoProWidgets.Staff",
    ];

    private static readonly string[] s_top = ["CoProWidgets.DependencyInjection"];

    public static TheoryData<string> Layers => new(s_layers);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Folder_DependsOnlyOnTheFoldersBelowIt(string layer)
    {
        var above = s_layers.SkipWhile(name => name != layer).Skip(1).Concat(s_top).ToArray();
        var result = Types.InAssembly(typeof(ContentStore).Assembly)
            .That().ResideInNamespaceMatching($"^{Regex.Escape(layer)}$")
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses a folder above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryNamespaceOfTheLibrary_HasItsPlaceInTheRule()
    {
        var namespaces = typeof(ContentStore).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(name => name == "CoProWidgets" || (name.StartsWith("CoProWidgets.", StringComparison.Ordinal) && !name.StartsWith("CoProWidgets.Storage.Migrations", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(s_layers.Concat(s_top).Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public void Rule_FindsAUseOfAFolderAbove()
    {
        // The test above must be able to fail: the embed folder does use the features.
        var result = Types.InAssembly(typeof(ContentStore).Assembly)
            .That().ResideInNamespaceMatching("^CoProWidgets\\.Embed$")
            .ShouldNot().HaveDependencyOnAny("CoProWidgets.Rendering")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }
}
