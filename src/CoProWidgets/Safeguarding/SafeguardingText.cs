namespace CoProWidgets.Safeguarding;

/// <summary>
/// The words of the email telling the safeguarding address there is something to look at, in
/// <c>Resources/Safeguarding/SafeguardingText.resx</c> and its translations (the staff page's words are the staff
/// workspace's, in <c>StaffText</c>).
/// </summary>
internal sealed class SafeguardingText;
