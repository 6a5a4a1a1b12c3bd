namespace CoProWidgets.Embed;

/// <summary>
/// The few words the embed endpoints answer with themselves, in <c>Resources/Embed/EmbedText.resx</c> and its
/// translations; the widgets they carry have words of their own.
/// </summary>
internal sealed class EmbedText;
