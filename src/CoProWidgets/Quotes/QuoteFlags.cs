using CoProWidgets.Screening;

namespace CoProWidgets.Quotes;

/// <summary>
/// What must not be published from what someone wrote, found by <see cref="AnswerScreen"/> so a person looks at it,
/// as the labels stored with a quote. The labels never change (stored flags must stay meaningful) and never contain
/// a comma, because a quote stores its flags comma separated.
/// </summary>
internal static class QuoteFlags
{
    public const string Email = "email address";
    public const string Phone = "phone number";
    public const string NhsNumber = "NHS number";
    public const string Postcode = "postcode";
    public const string StreetAddress = "street address";
    public const string WardBedBay = "ward/bed/bay";
    public const string Date = "date (of birth?)";
    public const string NamedPerson = "named person";
    public const string Safeguarding = "possible safeguarding concern";

    /// <summary>Every flag the text raises, in a fixed order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. AnswerScreen.Screen(text).Kinds.Select(Label)];
    }

    /// <summary>The stored label for a kind of finding.</summary>
    public static string Label(ScreeningKind kind) => kind switch
    {
        ScreeningKind.Email => Email,
        ScreeningKind.Phone => Phone,
        ScreeningKind.NhsNumber => NhsNumber,
        ScreeningKind.Postcode => Postcode,
        ScreeningKind.StreetAddress => StreetAddress,
        ScreeningKind.WardBedBay => WardBedBay,
        ScreeningKind.Date => Date,
        ScreeningKind.NamedPerson => NamedPerson,
        ScreeningKind.Safeguarding => Safeguarding,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every kind of finding needs a stored label"),
    };

    /// <summary>Whether ten digits are a valid NHS number (the modulus 11 check digit).</summary>
    public static bool IsNhsNumber(string digits) => NhsNumberCheck.IsValid(digits);
}
