namespace CoProWidgets.SurveyResults;

/// <summary>
/// The words of the results widget, its page, printed report and CSV, in <c>Resources/SurveyResults/ResultsText.resx</c>
/// and its translations. Views ask for them with <c>@inject IStringLocalizer&lt;ResultsText&gt; T</c>; the figures in
/// words come from <see cref="ResultsWords"/>.
/// </summary>
internal sealed class ResultsText;
