using CoProWidgets.Host.Accounts;
using CoProWidgets.Host.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Host.Storage;

/// <summary>
/// The host's own tables: staff accounts (ASP.NET Core Identity), organisations, who works for which, invitations
/// and the audit log of staff accounts. Each provider has its own subclass so each keeps its own migrations. The
/// organisations' data is not here: each has a database (or PostgreSQL schema) of its own.
/// </summary>
public abstract class HostDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>The host's key ring (sign-in cookies, antiforgery tokens), shared by every server of the host.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The organisations the host serves.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Who works for which organisation, in which role.</summary>
    public DbSet<OrganisationMembership> Memberships => Set<OrganisationMembership>();

    /// <summary>Invitations to set up an account or join an organisation.</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <summary>What was done to staff accounts, by whom and when.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HostDbContext).Assembly);
        builder.Entity<DataProtectionKey>().ToTable("host_data_protection_keys");
        builder.Entity<OrganisationMembership>().HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The host's tables on SQLite.</summary>
public sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options) : HostDbContext(options);

/// <summary>The host's tables on PostgreSQL, in their own schema.</summary>
public sealed class PostgreSqlHostDbContext(DbContextOptions<PostgreSqlHostDbContext> options) : HostDbContext(options);
