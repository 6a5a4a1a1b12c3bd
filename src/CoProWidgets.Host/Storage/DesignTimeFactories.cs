using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoProWidgets.Host.Storage;

// Used by `dotnet ef migrations add` only; the running host configures its contexts through HostDatabase.
internal sealed class SqliteHostDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgreSqlHostDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlHostDbContext>
{
    public PostgreSqlHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlHostDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
