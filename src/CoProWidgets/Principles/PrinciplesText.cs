namespace CoProWidgets.Principles;

/// <summary>The principles widget's own words, in <c>Resources/Principles/PrinciplesText.resx</c> and its translations.</summary>
internal sealed class PrinciplesText;
