namespace CoProWidgets.Http;

/// <summary>
/// The words of the form plumbing every widget shares (too many forms, how long to wait), in
/// <c>Resources/Http/HttpText.resx</c> and its translations.
/// </summary>
internal sealed class HttpText;
