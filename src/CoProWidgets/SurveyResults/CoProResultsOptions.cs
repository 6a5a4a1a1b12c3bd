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

    /// <summary>
    /// How often each server looks whether a survey's published results can be refreshed. Results are published as
    /// snapshots, never live, and a new snapshot needs at least <see cref="SuppressBelow"/> new responses, so no refresh
    /// moves a figure by one person. At least a second; the default is a day (a pilot or a test can look sooner).
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How many online responses from one respondent group, arriving within
    /// <see cref="BurstWindow"/> of each other since the last snapshot, pause scheduled publication of that survey
    /// until staff publish it themselves (or exclude enough of them), with no time-out: waiting does not make invented
    /// responses genuine, so the staff workspace lists every paused survey instead. A burst is how invented responses
    /// lift a small group over the threshold, so staff look first (and exclude what is not genuine). Responses staff
    /// enter from paper, phone or an event never count. At least 2; the default is 10.
    /// </summary>
    public int BurstResponses { get; set; } = 10;

    /// <summary>The time within which <see cref="BurstResponses"/> make a burst: a minute to 7 days. The default is an hour.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromHours(1);
}
