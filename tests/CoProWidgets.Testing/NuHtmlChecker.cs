using System.Diagnostics;
using System.Text.Json;

namespace CoProWidgets.Testing;

/// <summary>
/// The Nu Html Checker (vnu.jar, npm's <c>vnu-jar</c>), run once over a folder of saved pages. <c>./test.sh</c>
/// installs it and sets <c>COPRO_TEST_VNU</c> to the jar; Java runs it.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath => Environment.GetEnvironmentVariable("COPRO_TEST_VNU") is { Length: > 0 } path && File.Exists(path)
        ? path
        : throw new InvalidOperationException("COPRO_TEST_VNU is not set to vnu.jar. Run the tests with ./test.sh, which installs the Nu Html Checker (npm's vnu-jar), or set it yourself.");

    /// <summary>Checks every <c>.html</c> file in <paramref name="folder"/>; returns each error as "file:line: message".</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo("java", ["-jar", JarPath, "--errors-only", "--format", "json", "--skip-non-html", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Java could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // vnu writes its JSON report to standard error.
        var report = await stderr is { Length: > 0 } json ? json : await stdout;
        using var document = JsonDocument.Parse(report);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(message => $"{Path.GetFileName(message.GetProperty("url").GetString())}:{(message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {message.GetProperty("message").GetString()}"
                + (message.TryGetProperty("extract", out var extract) ? $" [{extract.GetString()}]" : string.Empty))
            .ToList();
    }
}
