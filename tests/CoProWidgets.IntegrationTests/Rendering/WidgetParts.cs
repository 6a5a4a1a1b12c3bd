using System.Reflection;
using System.Text.Json;
using CoProWidgets.Embed;
using CoProWidgets.Rendering;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoProWidgets.IntegrationTests.Rendering;

/// <summary>
/// What a widget needs besides its own code to be complete, checked against the registry: a compiled view for each of
/// its view components, public <c>copro-*</c> tag helpers listed in the public API, an entry in the manifest with the
/// page templates its naming calls for, and a row in the README's widget table.
/// </summary>
internal static class WidgetParts
{
    private static readonly HashSet<string> s_views = [.. new RazorCompiledItemLoader().LoadItems(typeof(IWidget).Assembly).Select(item => item.Identifier)];

    public static IReadOnlyList<string> Missing(IWidget widget, WidgetRegistry registry)
    {
        var missing = new List<string>();
        foreach (var component in Components(widget))
        {
            var name = component.GetCustomAttribute<ViewComponentAttribute>()?.Name ?? component.Name.Replace("ViewComponent", string.Empty, StringComparison.Ordinal);
            if (!s_views.Contains($"/Views/Shared/Components/{name}/Default.cshtml"))
            {
                missing.Add($"the view Views/Shared/Components/{name}/Default.cshtml");
            }
        }

        var publicApi = File.ReadAllText(Path.Combine(Repository.Root, "src", "CoProWidgets", "PublicAPI.Unshipped.txt"))
            + File.ReadAllText(Path.Combine(Repository.Root, "src", "CoProWidgets", "PublicAPI.Shipped.txt"));
        if (widget.TagHelpers.Count == 0)
        {
            missing.Add("a tag helper");
        }

        foreach (var tagHelper in widget.TagHelpers)
        {
            if (!publicApi.Contains($"\n{tagHelper.FullName}\n", StringComparison.Ordinal))
            {
                missing.Add($"the public API entry for {tagHelper.FullName}");
            }

            if (TagName(tagHelper) is not { } tag || !tag.StartsWith("copro-", StringComparison.Ordinal))
            {
                missing.Add($"a copro-* element for {tagHelper.Name}");
            }
        }

        using var manifest = JsonDocument.Parse(WidgetManifest.Build(registry, default));
        var entry = manifest.RootElement.GetProperty("widgets").EnumerateArray().FirstOrDefault(w => w.GetProperty("kind").GetString() == widget.Kind);
        if (entry.ValueKind != JsonValueKind.Object
            || (widget.Address.Naming != WidgetNaming.None && entry.GetProperty("page").GetString() is null)
            || (widget.Address.Naming != WidgetNaming.Required && entry.GetProperty("unnamedPage").GetString() is null))
        {
            missing.Add("its manifest entry with the templates of its pages");
        }

        if (!ReadmeTable.Rows().Any(row => row.Contains($"`{widget.Kind}`", StringComparison.Ordinal)
            && widget.TagHelpers.All(tagHelper => row.Contains($"{TagName(tagHelper)}", StringComparison.Ordinal))))
        {
            missing.Add($"a row in the README's widget table naming `{widget.Kind}` and its tag helpers");
        }

        return missing;
    }

    public static string? TagName(Type tagHelper) => tagHelper.GetCustomAttribute<HtmlTargetElementAttribute>()?.Tag;

    private static IEnumerable<Type> Components(IWidget widget)
    {
        var names = widget.Address.Naming switch
        {
            WidgetNaming.None => [null],
            WidgetNaming.Required => ["any-name"],
            _ => (string?[])[null, "any-name"],
        };
        return names.Select(name => widget.Call(name, null)?.Component).OfType<Type>().Distinct();
    }
}

/// <summary>The rows of the README's widget table, under its "## Widgets" heading.</summary>
internal static class ReadmeTable
{
    public static IReadOnlyList<string> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var start = Array.FindIndex(lines, line => line.Trim() == "## Widgets");
        return start < 0
            ? []
            : [.. lines.Skip(start + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)).Where(line => line.StartsWith('|')).Skip(2)];
    }
}
