using CoProWidgets.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoProWidgets.GetInvolved;

/// <summary>How <see cref="SignUp"/> is stored: its table, keys, sizes and indexes, applied by <see cref="CoProDbContext"/>.</summary>
internal sealed class SignUpStorage : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> signUp)
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
        signUp.Property(s => s.Language).HasMaxLength(SignUp.MaxLanguageLength).IsRequired().HasDefaultValue(Localisation.LanguageTag.Default);
        signUp.Property(s => s.ConfirmationNonce).HasMaxLength(32).IsRequired().IsConcurrencyToken();
        signUp.Property(s => s.ManageNonce).HasMaxLength(32).IsRequired();
        signUp.Ignore(s => s.AreaList);
        signUp.HasIndex(s => s.Status);
    }
}

/// <summary>The <see cref="SignUp"/> table, as a property of the context, without the context knowing this feature.</summary>
internal static class SignUpStorageSet
{
    extension(CoProDbContext db)
    {
        public DbSet<SignUp> SignUps => db.Set<SignUp>();
    }
}
