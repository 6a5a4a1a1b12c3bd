using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoProWidgets.Storage;

/// <summary>
/// The library's own Data Protection key ring, kept in the CoProWidgets database. Links in emails are signed with it,
/// so a link made on one server works on every server sharing the database and after any restart, without touching
/// the host's own Data Protection settings.
/// </summary>
/// <remarks>
/// The keys are stored unencrypted in the database, as they are on disk by default on Linux; protect the database
/// accordingly.
/// </remarks>
internal sealed class CoProDataProtection : IDisposable
{
    private const string ApplicationName = "CoProWidgets";

    private readonly ServiceProvider _services;

    public CoProDataProtection(CoProDbContextFactory contexts, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(contexts));
        _services = services.BuildServiceProvider();
        Provider = _services.GetRequiredService<IDataProtectionProvider>();
    }

    public IDataProtectionProvider Provider { get; }

    public void Dispose() => _services.Dispose();

    private sealed class DatabaseXmlRepository(CoProDbContextFactory contexts) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var db = contexts.Create();
            return [.. db.DataProtectionKeys.Select(key => key.Xml).AsEnumerable().Select(xml => XElement.Parse(xml))];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var db = contexts.Create();
            db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChanges();
        }
    }
}
