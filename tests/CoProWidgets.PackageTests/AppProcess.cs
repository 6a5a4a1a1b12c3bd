using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoProWidgets.PackageTests;

/// <summary>A started app, read until it says where it listens; its log is kept for the failure message.</summary>
public static partial class AppProcess
{
    public static async Task<Uri> WaitUntilListeningAsync(Process process)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        void Read(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        lock (log)
        {
            Assert.True(started == listening.Task, "The app did not start:" + Environment.NewLine + string.Join(Environment.NewLine, log));
        }

        return await listening.Task;
    }

    public static async Task StopAsync(Process? process)
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
