using System.ComponentModel.DataAnnotations;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace CoProWidgets.Principles;

/// <summary>
/// The principles panel as a view component: <c>@await Component.InvokeAsync("CoProPrinciples", new { name = "our-principles" })</c>.
/// Its view is <c>Views/Shared/Components/CoProPrinciples/Default.cshtml</c>; a host overrides it by placing a file at
/// that path.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class PrinciplesViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProPrinciples</c>.</summary>
    public const string ComponentName = "CoProPrinciples";

    /// <summary>Renders <c>principles/&lt;name&gt;.md</c>.</summary>
    /// <param name="name">The file name without <c>.md</c>.</param>
    /// <param name="headingLevel">The level of the panel's title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    public IViewComponentResult Invoke(string name, [Range(1, 5)] int? headingLevel = null)
    {
        if (!TryContent(PrinciplesProvider.Folder, name, Service<PrinciplesProvider>().Get, out var content, out var instead))
        {
            return instead;
        }

        // Made from the file alone, so written from memory until the file changes.
        var id = NextId();
        var level = HeadingLevel(headingLevel);
        return CachedWidget(id, [], () => content.ToViewModel(id, level));
    }
}
