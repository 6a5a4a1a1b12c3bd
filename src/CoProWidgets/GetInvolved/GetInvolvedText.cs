namespace CoProWidgets.GetInvolved;

/// <summary>
/// The words of the get-involved widget and of the pages its emails' links open, in
/// <c>Resources/GetInvolved/GetInvolvedText.resx</c> and its translations.
/// </summary>
internal sealed class GetInvolvedText;
