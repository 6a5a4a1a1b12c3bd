using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Testing;

/// <summary>
/// The sample site in a test host, reading a private copy of the sample content so tests can edit and break files.
/// </summary>
public class SampleSiteFactory : WebApplicationFactory<Program>
{
    public SampleSiteFactory()
    {
        ContentPath = Repository.CopyToTemp(Repository.SampleContent);
        DataPath = Directory.CreateTempSubdirectory("copro-data-").FullName;
    }

    /// <summary>A private folder for this site's SQLite database and mail files.</summary>
    public string DataPath { get; }

    public string MailPath => Path.Combine(DataPath, "mail");

    public string ContentPath { get; set; }

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>A content root to run the site from instead of the sample project folder, or null for the project folder.</summary>
    public string? ContentRoot { get; set; }

    public Dictionary<string, string?> Settings { get; } = [];

    public RecordingLoggerProvider Logs { get; } = new();

    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public void WriteContent(string path, string text)
    {
        var full = Path.Combine(ContentPath, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (ContentRoot is not null)
        {
            builder.UseContentRoot(ContentRoot);
        }

        builder.UseSetting("CoProWidgets:ContentPath", ContentPath);
        builder.UseSetting("CoProWidgets:Database:SqlitePath", Path.Combine(DataPath, "coprowidgets.db"));
        builder.UseSetting("CoProWidgets:Email:PickupDirectory", MailPath);
        if (EnvironmentName != "Development")
        {
            // The sample sets its address only for Development; elsewhere a site must (a test about it sets its own).
            builder.UseSetting("CoProWidgets:SiteUrl", "http://localhost/");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (ConfigureServices is not null)
        {
            builder.ConfigureServices(ConfigureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var folder in new[] { ContentPath, DataPath })
            {
                if (folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal) && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
