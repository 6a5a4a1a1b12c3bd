using System.Diagnostics;
using System.Text;

namespace CoProWidgets.PackageTests;

/// <summary>Runs the dotnet CLI as a newcomer would, with the test host's MSBuild settings kept out of it.</summary>
public static class DotNet
{
    public static Task<string> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(Start(workingDirectory, arguments), timeout, "dotnet " + string.Join(' ', arguments));

    /// <summary>Runs a shell script (a README's sh block) under the same clean environment, plus <paramref name="environment"/>.</summary>
    public static Task<string> RunShellAsync(string workingDirectory, TimeSpan timeout, string script, IReadOnlyDictionary<string, string> environment) =>
        RunAsync(StartProcess("/bin/sh", workingDirectory, environment, "-e", "-c", script), timeout, script);

    private static async Task<string> RunAsync(Process started, TimeSpan timeout, string command)
    {
        using var process = started;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} took longer than {timeout}:{Environment.NewLine}{Text(output)}");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}:{Environment.NewLine}{Text(output)}");
        return Text(output);
    }

    public static Process Start(string workingDirectory, params string[] arguments) =>
        StartProcess("dotnet", workingDirectory, new Dictionary<string, string>(), arguments);

    public static Process StartProcess(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; a child build must start from a clean one.
        foreach (var name in info.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
