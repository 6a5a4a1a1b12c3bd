using CoProWidgets.Content;

namespace CoProWidgets.Rendering;

/// <summary>
/// What <c>Views/Shared/CoProWidgets/ContentError.cshtml</c> shows in a widget's place when its content file has a
/// problem and errors are shown (in Development, by default).
/// </summary>
/// <param name="Error">The problem, with the file and line.</param>
/// <param name="ServingLastGood">Whether visitors still see the last good version of the file.</param>
public sealed record ContentErrorViewModel(ContentError Error, bool ServingLastGood);
