namespace CoProWidgets;

/// <summary>How survey results are published (section <c>CoProWidgets:Results</c>).</summary>
public sealed class CoProResultsOptions
{
    /// <summary>
    /// The fewest responses a published figure may rest on. A share of fewer responses is not shown ("fewer than 10
    /// responses"), nor is any other figure from which it could be worked out, so that nobody can be identified from
    /// their answers. It must be at least 3. The default is 10.
    /// </summary>
    public int SuppressBelow { get; set; } = 10;
}
