using System.Data.Common;
using System.Net;
using CoProWidgets.HostTests.Support;
using CoProWidgets.Storage;
using CoProWidgets.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoProWidgets.HostTests.Organisations;

/// <summary>
/// Each organisation's people are in a database of its own (a SQLite file, or a PostgreSQL schema chosen by the
/// connection's search path), so no query of the library can read another organisation's rows.
/// </summary>
public sealed class OrganisationStorageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Fact]
    public void EveryStoredType_LeavesItsSchemaToTheConnection_SoEachOrganisationsSearchPathScopesIt()
    {
        using var db = new SqliteCoProDbContext(new DbContextOptionsBuilder<SqliteCoProDbContext>().UseSqlite("Data Source=:memory:").Options);

        var entities = db.Model.GetEntityTypes().ToList();

        Assert.NotEmpty(entities);
        Assert.All(entities, entity => Assert.Null(entity.GetSchema()));
        Assert.Null(db.Model.GetDefaultSchema());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ASignUpToOneOrganisation_IsStoredAndEmailedThere_AndNothingReachesTheOther(string provider)
    {
        await using var site = await HostSite.OnAsync(provider);
        var getInvolved = await File.ReadAllTextAsync(Path.Combine(Repository.SampleContent, "get-involved.md"));
        await site.AddOrganisationAsync("north", "north.test");
        await site.AddOrganisationAsync("south", "south.test");
        site.WriteContent("north", "get-involved.md", getInvolved);
        site.WriteContent("south", "get-involved.md", getInvolved);
        using var north = site.ClientFor("north.test");
        using var south = site.ClientFor("south.test");
        await south.GetDocumentAsync("copro/get-involved");

        var form = FormPost.From(await north.GetDocumentAsync("copro/get-involved"), "form.copro-form")
            .Set("name", "Sam Patel").Set("email", "sam@example.org").Check("areas", "carers").Set("consent", "yes");
        using var posted = await form.PostAsync(north);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var northMail = Path.Combine(site.DataPath, "organisations", "north", "mail");
        await Wait.UntilAsync(() => Directory.Exists(northMail) && Directory.EnumerateFiles(northMail, "*.eml").Any(), TimeSpan.FromSeconds(30));
        var email = await File.ReadAllTextAsync(Directory.EnumerateFiles(northMail, "*.eml").Single());
        Assert.Contains("involve@north.example.org", email, StringComparison.Ordinal);
        Assert.Contains("sam@example.org", email, StringComparison.Ordinal);
        var southMail = Path.Combine(site.DataPath, "organisations", "south", "mail");
        Assert.False(Directory.Exists(southMail) && Directory.EnumerateFiles(southMail).Any());

        Assert.Equal(1, (await CountRowsAsync(site, provider, "north"))["copro_sign_ups"]);
        var southRows = await CountRowsAsync(site, provider, "south");
        Assert.Contains("copro_sign_ups", southRows.Keys);
        // Two tables hold the organisation's own machinery, not people: its key ring and the notifier's one state row.
        Assert.All(southRows.Where(table => table.Key is not ("copro_data_protection_keys" or "copro_safeguarding_notices")), table => Assert.True(table.Value == 0, $"{table.Key} has {table.Value} rows"));
    }

    /// <summary>Rows in every table of one organisation's database, found by asking the database, not the model.</summary>
    private static async Task<Dictionary<string, long>> CountRowsAsync(HostSite site, string provider, string slug)
    {
        await using DbConnection connection = provider == TestDatabase.PostgreSql
            ? new NpgsqlConnection(site.Database!.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(site.DataPath, "organisations", slug, "coprowidgets.db")}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = provider == TestDatabase.PostgreSql
                ? $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'copro_org_{slug}' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = provider == TestDatabase.PostgreSql ? $"SELECT COUNT(*) FROM copro_org_{slug}.\"{table}\"" : $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
