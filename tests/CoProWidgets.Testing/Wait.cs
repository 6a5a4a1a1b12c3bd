namespace CoProWidgets.Testing;

/// <summary>Polls until a condition holds, failing the test if it does not within the time given.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The expected change did not happen within {timeout.TotalSeconds} seconds.");
            await Task.Delay(100);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout) => UntilAsync(() => Task.FromResult(condition()), timeout);

    /// <summary>Polls for up to 30 seconds, failing with <paramref name="what"/>: what was expected to happen.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"This did not happen within 30 seconds: {what}.");
            await Task.Delay(100);
        }
    }
}
