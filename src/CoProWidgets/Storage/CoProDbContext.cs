using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Storage;

/// <summary>
/// The CoProWidgets schema. Each provider has its own subclass so that each keeps its own migrations; the model is
/// defined once, here.
/// </summary>
internal abstract class CoProDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<SignUp> SignUps => Set<SignUp>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyCount> SurveyCounts => Set<SurveyCount>();

    public DbSet<OutcomeChange> OutcomeChanges => Set<OutcomeChange>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("copro_outbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.Recipient).HasMaxLength(OutboxMessage.MaxRecipientLength).IsRequired();
            message.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength).IsRequired();
            message.Property(m => m.TextBody).HasMaxLength(OutboxMessage.MaxBodyLength).IsRequired();
            message.Property(m => m.HtmlBody).HasMaxLength(OutboxMessage.MaxBodyLength);
            message.Property(m => m.Headers).HasMaxLength(OutboxMessage.MaxHeadersLength);
            message.Property(m => m.Kind).HasMaxLength(40).IsRequired();
            message.Property(m => m.DeduplicationKey).HasMaxLength(200);
            message.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
            message.HasIndex(m => m.DeduplicationKey).IsUnique();
            message.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
            message.HasIndex(m => m.Recipient);
        });

        modelBuilder.Entity<SignUp>(signUp =>
        {
            signUp.ToTable("copro_sign_ups");
            signUp.HasKey(s => s.Id);
            signUp.Property(s => s.Email).HasMaxLength(SignUp.MaxEmailLength).IsRequired();
            signUp.Property(s => s.EmailKey).HasMaxLength(SignUp.MaxEmailLength).IsRequired();
            signUp.HasIndex(s => s.EmailKey).IsUnique();
            signUp.Property(s => s.Name).HasMaxLength(SignUp.MaxNameLength);
            signUp.Property(s => s.Areas).HasMaxLength(SignUp.MaxAreasLength).IsRequired();
            signUp.Property(s => s.Phone).HasMaxLength(SignUp.MaxPhoneLength);
            signUp.Property(s => s.PostalAddress).HasMaxLength(SignUp.MaxAddressLength);
            signUp.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            signUp.Property(s => s.ConsentVersion).HasMaxLength(64).IsRequired();
            signUp.Property(s => s.ConsentMethod).HasMaxLength(SignUp.MaxConsentMethodLength).IsRequired();
            signUp.Property(s => s.ConfirmationNonce).HasMaxLength(32).IsRequired().IsConcurrencyToken();
            signUp.Property(s => s.ManageNonce).HasMaxLength(32).IsRequired();
            signUp.Ignore(s => s.AreaList);
            signUp.HasIndex(s => s.Status);
        });

        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("copro_survey_responses");
            response.HasKey(r => r.Id);
            response.Property(r => r.Survey).HasMaxLength(SurveyResponse.MaxSurveyLength).IsRequired();
            response.Property(r => r.Version).HasMaxLength(SurveyResponse.VersionLength).IsRequired();
            response.Property(r => r.Key).HasMaxLength(SurveyResponse.KeyLength).IsRequired();
            response.Property(r => r.Answers).IsRequired();
            response.HasIndex(r => r.Key).IsUnique();
            response.HasIndex(r => new { r.Survey, r.SubmittedAt });
        });

        modelBuilder.Entity<SurveyCount>(count =>
        {
            count.ToTable("copro_survey_counts");
            count.HasKey(c => new { c.Survey, c.Question, c.Option, c.Group });
            count.Property(c => c.Survey).HasMaxLength(SurveyCount.MaxIdLength);
            count.Property(c => c.Question).HasMaxLength(SurveyCount.MaxIdLength);
            count.Property(c => c.Option).HasMaxLength(SurveyCount.MaxIdLength);
            count.Property(c => c.Group).HasMaxLength(SurveyCount.MaxIdLength);
        });

        modelBuilder.Entity<OutcomeChange>(change =>
        {
            change.ToTable("copro_outcome_changes");
            change.HasKey(c => new { c.Outcome, c.Status });
            change.Property(c => c.Outcome).HasMaxLength(SurveyCount.MaxIdLength);
            change.Property(c => c.Status).HasMaxLength(OutcomeChange.MaxStatusLength);
        });

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
