using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// What the get-involved form (and the preferences page, which shares its fields) posted, and the checks it must
/// pass before anything is stored. The service checks the same bounds again whoever calls it.
/// </summary>
internal sealed class GetInvolvedForm
{
    public const string NameField = "name";
    public const string EmailField = "email";
    public const string AreasField = "areas";
    public const string UpdatesField = "updates";
    public const string PhoneField = "phone";
    public const string AddressField = "address";
    public const string ConsentField = "consent";
    public const string ConsentVersionField = "consent-version";

    /// <summary>A field people never see: only robots fill it in.</summary>
    public const string HoneypotField = "website";

    public const string ByEmail = "email";
    public const string ByPhone = "phone";
    public const string ByPost = "post";

    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;

    public string? Name { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<string> Updates { get; init; } = [ByEmail];

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public bool Consent { get; init; }

    public string? ConsentVersion { get; init; }

    public bool IsRobot { get; init; }

    public bool UpdatesBy(string channel) => Updates.Contains(channel, StringComparer.Ordinal);

    public static GetInvolvedForm Read(IFormCollection form) => new()
    {
        Name = BoundedForm.Value(form, NameField),
        Email = BoundedForm.Value(form, EmailField),
        Areas = Distinct(form[AreasField]),
        Updates = Distinct(form[UpdatesField]),
        Phone = BoundedForm.Value(form, PhoneField),
        Address = BoundedForm.Value(form, AddressField)?.ReplaceLineEndings("\n"),
        Consent = BoundedForm.Value(form, ConsentField) == "yes",
        ConsentVersion = BoundedForm.Value(form, ConsentVersionField),
        IsRobot = BoundedForm.Value(form, HoneypotField) is not null,
    };

    /// <summary>The form as a sign-up already stored shows it, for the preferences page.</summary>
    public static GetInvolvedForm From(SignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var updates = new List<string>();
        if (signUp.UpdatesByEmail)
        {
            updates.Add(ByEmail);
        }

        if (signUp.UpdatesByPhone)
        {
            updates.Add(ByPhone);
        }

        if (signUp.UpdatesByPost)
        {
            updates.Add(ByPost);
        }

        return new GetInvolvedForm
        {
            Name = signUp.Name,
            Email = signUp.Email,
            Areas = signUp.AreaList,
            Updates = updates,
            Phone = signUp.Phone,
            Address = signUp.PostalAddress,
            Consent = true,
        };
    }

    /// <summary>
    /// The problem with an email address typed into a public form, if any, in the request's language; it is checked as
    /// it will be stored.
    /// </summary>
    public static IReadOnlyList<FormError> ValidateEmail(string? email, IStringLocalizer<GetInvolvedText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(email))
        {
            return [new(EmailField, text["Errors.EmailMissing"])];
        }

        var normalized = EmailAddresses.Normalize(email);
        if (email.Length > SignUp.MaxEmailLength || normalized.Length > SignUp.MaxEmailLength)
        {
            return [new(EmailField, text["Errors.EmailTooLong", SignUp.MaxEmailLength])];
        }

        if (normalized.Contains('@', StringComparison.Ordinal) && EmailAddresses.IsAddressLiteral(normalized))
        {
            return [new(EmailField, text["Errors.EmailAddressLiteral"])];
        }

        return EmailAddresses.IsPlain(normalized) ? [] : [new(EmailField, text["Errors.EmailFormat"])];
    }

    /// <summary>
    /// The problems, in the order the fields appear. The preferences page asks for neither the email address (it is
    /// the one the link was sent to) nor consent again.
    /// </summary>
    public IReadOnlyList<FormError> Validate(GetInvolvedContent content, bool signingUp, IStringLocalizer<GetInvolvedText> text)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<FormError>();
        if (Name is { Length: > SignUp.MaxNameLength })
        {
            errors.Add(new(NameField, text["Errors.NameTooLong", SignUp.MaxNameLength]));
        }
        else if (Name is not null && Name.Any(char.IsControl))
        {
            errors.Add(new(NameField, text["Errors.NameCharacters"]));
        }

        if (signingUp)
        {
            errors.AddRange(ValidateEmail(Email, text));
        }

        if (Areas.Count == 0)
        {
            errors.Add(new(AreasField, text["Errors.AreasMissing"]));
        }
        else if (Areas.Any(area => !content.Areas.Any(known => known.Id == area)))
        {
            errors.Add(new(AreasField, text["Errors.AreasUnknown"]));
        }

        if (Updates.Count == 0)
        {
            errors.Add(new(UpdatesField, text[signingUp ? "Errors.UpdatesMissing" : "Errors.UpdatesMissingOrUnsubscribe"]));
        }
        else if (Updates.Any(channel => channel is not (ByEmail or ByPhone or ByPost)))
        {
            errors.Add(new(UpdatesField, text["Errors.UpdatesUnknown"]));
        }

        if (UpdatesBy(ByPhone))
        {
            if (Phone is null)
            {
                errors.Add(new(PhoneField, text["Errors.PhoneMissing"]));
            }
            else if (Phone.Length > SignUp.MaxPhoneLength || !IsPhoneNumber(Phone))
            {
                errors.Add(new(PhoneField, text["Errors.PhoneFormat"]));
            }
        }

        if (UpdatesBy(ByPost))
        {
            if (Address is null)
            {
                errors.Add(new(AddressField, text["Errors.AddressMissing"]));
            }
            else if (Address.Length > SignUp.MaxAddressLength)
            {
                errors.Add(new(AddressField, text["Errors.AddressTooLong", SignUp.MaxAddressLength]));
            }
            else if (Address.Any(c => char.IsControl(c) && c != '\n'))
            {
                errors.Add(new(AddressField, text["Errors.AddressCharacters"]));
            }
        }

        if (signingUp)
        {
            if (!Consent)
            {
                errors.Add(new(ConsentField, text["Errors.ConsentMissing"]));
            }
            else if (ConsentVersion != content.ConsentVersion)
            {
                errors.Add(new(ConsentField, text["Errors.ConsentChanged"]));
            }
        }

        return errors;
    }

    /// <summary>The fields as the view shows them: the areas the content offers, ticked as posted or stored.</summary>
    public GetInvolvedFields ToFields(string idPrefix, GetInvolvedContent content, IReadOnlyList<FormError> errors, bool askForEmail = true) => new()
    {
        IdPrefix = idPrefix,
        AskForEmail = askForEmail,
        Areas = content.Areas.Select(area => new GetInvolvedChoice(area.Id, area.Label, Areas.Contains(area.Id, StringComparer.Ordinal))).ToList(),
        Name = Name,
        Email = Email,
        ByEmail = UpdatesBy(ByEmail),
        ByPhone = UpdatesBy(ByPhone),
        ByPost = UpdatesBy(ByPost),
        Phone = Phone,
        Address = Address,
        Errors = errors,
    };

    /// <summary>The sign-up to store, once <see cref="Validate"/> has found nothing.</summary>
    public SignUpRequest ToRequest(string consentVersion, string consentMethod)
    {
        var preferences = ToPreferences();
        return new(Email!, preferences.Name, preferences.Areas, preferences.ByEmail, preferences.ByPhone, preferences.ByPost, preferences.Phone, preferences.PostalAddress, consentVersion, consentMethod);
    }

    /// <summary>The changed choices to store from the preferences page, once <see cref="Validate"/> has found nothing.</summary>
    public SignUpPreferences ToPreferences() => new(
        Name,
        Areas,
        UpdatesBy(ByEmail),
        UpdatesBy(ByPhone),
        UpdatesBy(ByPost),
        UpdatesBy(ByPhone) ? Phone : null,
        UpdatesBy(ByPost) ? Address : null);

    /// <summary>Digits with the usual separators, and a leading + for an international number.</summary>
    private static bool IsPhoneNumber(string phone)
    {
        var digits = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' or '(' or ')' || (c == '+' && i == 0)))
            {
                return false;
            }
        }

        return digits is >= MinPhoneDigits and <= MaxPhoneDigits;
    }

    private static string[] Distinct(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim()).Distinct(StringComparer.Ordinal).Take(GetInvolvedContent.MaxAreas + 1).ToArray();
}
