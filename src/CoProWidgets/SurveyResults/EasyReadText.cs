namespace CoProWidgets.SurveyResults;

/// <summary>
/// The headline sentences of results shown in Easy Read, in <c>Resources/SurveyResults/EasyReadText.resx</c> and its
/// translations.
/// </summary>
internal sealed class EasyReadText;
