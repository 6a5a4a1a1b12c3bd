namespace CoProWidgets.Outcomes;

/// <summary>
/// The words of the outcomes widgets, their pages and the Atom feed, in <c>Resources/Outcomes/OutcomesText.resx</c>
/// and its translations. Views ask for them with <c>@inject IStringLocalizer&lt;OutcomesText&gt; T</c>.
/// </summary>
internal sealed class OutcomesText;
