namespace CoProWidgets.Principles;

/// <summary>What the principles panel's own page (<c>Views/CoProWidgets/Principles/Principles.cshtml</c>) shows.</summary>
/// <param name="Name">The principles file's name, without <c>.md</c>.</param>
public sealed record PrinciplesPage(string Name);
