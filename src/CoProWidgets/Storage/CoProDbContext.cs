using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Storage;

/// <summary>
/// The CoProWidgets schema. Each provider has its own subclass so that each keeps its own migrations; the model is
/// defined once, by each feature's <see cref="IEntityTypeConfiguration{TEntity}"/> in its own folder.
/// </summary>
internal abstract class CoProDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Each feature configures its own entities (IEntityTypeConfiguration in its folder), so Storage imports none.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoProDbContext).Assembly);

        modelBuilder.Entity<DataProtectionKeyRecord>(key =>
        {
            key.ToTable("copro_data_protection_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
            key.Property(k => k.Xml).IsRequired();
        });
    }
}

/// <summary>The schema on SQLite, with the migrations in Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteCoProDbContext(DbContextOptions<SqliteCoProDbContext> options) : CoProDbContext(options);

/// <summary>The schema on PostgreSQL, with the migrations in Storage/Migrations/PostgreSql.</summary>
internal sealed class PostgreSqlCoProDbContext(DbContextOptions<PostgreSqlCoProDbContext> options) : CoProDbContext(options);
