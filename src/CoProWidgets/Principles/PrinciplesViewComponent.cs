using CoProWidgets.Content;
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
    public IViewComponentResult Invoke(string name, int? headingLevel = null)
    {
        if (!ContentName.IsValid(name))
        {
            return InvalidName(PrinciplesProvider.Folder, name);
        }

        var snapshot = Service<PrinciplesProvider>().Get(name);
        if (snapshot.Error is not null && (ShowErrors || snapshot.Value is null))
        {
            return ErrorOrNothing(snapshot.Error, snapshot.Value is not null);
        }

        if (snapshot.Value is null)
        {
            return Nothing();
        }

        var content = snapshot.Value;
        var id = WidgetIds.Next(HttpContext);
        var level = Math.Clamp(headingLevel ?? Options.DefaultHeadingLevel, 1, 5);
        var showErrors = ShowErrors;
        var principles = Service<PrinciplesProvider>();
        return CachedWidget(
            id,
            new PrinciplesArguments(name, headingLevel),
            [content],
            () => content.ToViewModel(id, level),
            () => principles.Get(name) is var now && ReferenceEquals(now.Value, content) && (now.Error is null || !showErrors));
    }
}
