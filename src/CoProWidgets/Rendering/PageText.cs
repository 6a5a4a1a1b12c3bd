namespace CoProWidgets.Rendering;

/// <summary>
/// The words of the library's own pages that belong to no one widget (page not found, content errors), in
/// <c>Resources/Rendering/PageText.resx</c> and its translations. Views ask for them with
/// <c>@inject IStringLocalizer&lt;PageText&gt; T</c>.
/// </summary>
internal sealed class PageText;
