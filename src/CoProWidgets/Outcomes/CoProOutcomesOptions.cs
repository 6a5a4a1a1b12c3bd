namespace CoProWidgets;

/// <summary>How outcomes ("you said, we did") are listed and announced (section <c>CoProWidgets:Outcomes</c>).</summary>
public sealed class CoProOutcomesOptions
{
    /// <summary>How many outcomes the feed shows on a page, 1 to 100. The default is 10.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>
    /// How often every server looks for outcomes that are new or have changed status, besides when a file changes.
    /// Looking again is cheap; it also catches changes that file watching misses on network drives. The default is one
    /// minute.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
