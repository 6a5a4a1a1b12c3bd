using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Tests.Storage;

/// <summary>
/// The model the features configure (each its own entities) is exactly the one the committed migrations create, on
/// both providers: a change to an entity without a migration fails here, not on a host's database.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public void SqliteModel_MatchesTheCommittedMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void PostgreSqlModel_MatchesTheCommittedMigrations()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Model_HasEveryFeaturesTable()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        var tables = db.Model.GetEntityTypes().Select(entity => entity.GetTableName()).Order(StringComparer.Ordinal);

        Assert.Equal(["copro_audit_log", "copro_data_protection_keys", "copro_outbox", "copro_outcome_changes", "copro_results_snapshots", "copro_safeguarding_concerns", "copro_safeguarding_notices", "copro_sign_ups", "copro_survey_counts", "copro_survey_quotes", "copro_survey_responses", "copro_survey_saved"], tables);
    }
}
