namespace CoProWidgets.Accessibility;

/// <summary>
/// The words of the accessibility statement and of the link to it under every widget, in
/// <c>Resources/Accessibility/AccessibilityText.resx</c> and its translations.
/// </summary>
internal sealed class AccessibilityText;
