namespace CoProWidgets.Surveys;

/// <summary>
/// The words the survey widget shows visitors and kiosk users (steps, questions' own words, errors, saved answers, the
/// kiosk), in <c>Resources/Surveys/SurveyText.resx</c> and its translations. Views ask for them with
/// <c>@inject IStringLocalizer&lt;SurveyText&gt; T</c>; the survey's checks and titles through <see cref="SurveyWords"/>.
/// </summary>
internal sealed class SurveyText;
