using CoProWidgets.Content;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Testing;

/// <summary>
/// A widget kind that exists only in tests: its own code and one registration line
/// (<c>services.AddWidget&lt;ThrowawayWidget&gt;()</c>), and nothing written for it anywhere else, to show that the
/// manifest, the embed script, the WordPress plugin and the staff pages pick a new widget up by themselves.
/// It shows <c>notes/&lt;name&gt;.md</c> as plain text.
/// </summary>
internal sealed class ThrowawayWidget(ContentStore store) : IWidget
{
    public const string PageRoute = "Tests.ThrowawayNotes";
    public const string Folder = "notes";

    public string Kind => "throwaway-notes";

    public string Label => "Throwaway notes";

    public string LinkText => "Read the throwaway notes";

    public WidgetAddress Address { get; } = WidgetAddress.Named(PageRoute);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(ThrowawayTagHelper)];

    public WidgetFiles Files => new(
        "Throwaway note (notes folder)",
        () => store.List(Folder).Select(Path.GetFileNameWithoutExtension),
        name => $"{Folder}/{name}.md",
        name => ContentState.Of(Read(name!)));

    public static void AddServices(IServiceCollection services) =>
        services.AddMvcCore().AddApplicationPart(typeof(ThrowawayWidget).Assembly);

    public WidgetCall? Call(string? name, int? headingLevel) =>
        name is null ? null : new(this, name, typeof(ThrowawayViewComponent), new ThrowawayArguments(name));

    public string? Title(string? name) => name is not null && Read(name).Value is not null ? Label : null;

    public void Map(RouteGroupBuilder group) =>
        group.MapGet("/notes/{name}", (string name, HttpContext context) => WidgetPages.FragmentAsync(context, this, name, null)).WithName(PageRoute);

    public void WarmUp()
    {
    }

    public ContentSnapshot<string> Read(string name) =>
        store.Get($"{Folder}/{name}.md", file => file.Text.Trim().Length == 0 ? throw new ContentException(new ContentError(file.Path, 1, "The note is empty.")) : file.Text.Trim());
}

/// <summary>The throwaway widget's view component arguments.</summary>
/// <param name="Name">The note's name.</param>
internal sealed record ThrowawayArguments(string Name);

/// <summary>Shows a note as text, encoded by the view component result.</summary>
[ViewComponent(Name = "CoProThrowawayNotes")]
public sealed class ThrowawayViewComponent : ViewComponent
{
    /// <summary>The note, or nothing when it has no good version.</summary>
    public IViewComponentResult Invoke(string name) =>
        Content(HttpContext.RequestServices.GetRequiredService<IEnumerable<IWidget>>().OfType<ThrowawayWidget>().Single().Read(name).Value is { } text ? $"Throwaway note: {text}" : string.Empty);
}

/// <summary><c>&lt;copro-throwaway-notes name="..." /&gt;</c>.</summary>
[HtmlTargetElement("copro-throwaway-notes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ThrowawayTagHelper : TagHelper
{
    /// <summary>The note's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The view context, set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        WidgetTagHelper.RenderAsync(ViewContext, output, typeof(ThrowawayViewComponent), new ThrowawayArguments(Name));
}
