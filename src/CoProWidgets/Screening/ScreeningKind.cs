namespace CoProWidgets.Screening;

/// <summary>
/// What a finding in a written answer is. The order is the order flags are listed in, so stored flag lists compare
/// equal whatever order the detectors ran in.
/// </summary>
internal enum ScreeningKind
{
    Email,
    NhsNumber,
    Phone,
    Postcode,
    StreetAddress,
    WardBedBay,
    Date,
    NamedPerson,
    Safeguarding,
}
