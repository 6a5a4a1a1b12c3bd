namespace CoProWidgets.Content;

/// <summary>
/// What a content file renders to at each heading level a page asks for (1 to 6), rendered once per level and kept
/// with the parsed file, so it is dropped when the file changes. Rendering is pure: two requests racing for the same
/// level render the same thing, and either result may be kept.
/// </summary>
internal sealed class ByHeadingLevel<T>(Func<int, T> render)
    where T : class
{
    private readonly T?[] _rendered = new T?[7];

    public T At(int headingLevel)
    {
        headingLevel = Math.Clamp(headingLevel, 1, 6);
        return Volatile.Read(ref _rendered[headingLevel]) ?? (_rendered[headingLevel] = render(headingLevel));
    }
}
