using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoProWidgets.Storage;

// Used only by `dotnet ef migrations add`, to build each provider's model; the connection strings are never opened.
// See CONTRIBUTING.md, "Changing the schema".

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoProDbContext>
{
    public SqliteCoProDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoProDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCoProDbContext>
{
    public PostgreSqlCoProDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCoProDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
