using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Postcodes, street addresses and hospital wards, beds and bays.</summary>
public sealed class PlaceScreeningTests
{
    [Theory]
    [InlineData("I live near RG1 2AB")]
    [InlineData("post code sw1a 1aa")]
    [InlineData("i live in LS6 and the walk in closed")]
    [InlineData("we are in the BS16 area")]
    [InlineData("from LS8 and the bus takes an hour")]
    public void APostcode_OrAnOutwardCodeSaidToBeWhereSomeoneLives_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.Postcode, text);

    [Theory]
    [InlineData("we came off the M6 at junction 19")]
    [InlineData("we get there via the A61")]
    [InlineData("printed on A4 paper")]
    public void RoadsAndPaperSizes_AreNotPostcodes(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.Postcode, text);

    [Theory]
    [InlineData("i live at 14 Mill Lane")]
    [InlineData("flat 3, 22 Station Road")]
    [InlineData("my mum lives on Elm Close")]
    [InlineData("16 st johns close")]
    public void AStreetAddress_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.StreetAddress, text);

    [Theory]
    [InlineData("the road to recovery is long")]
    [InlineData("it is 10 minutes walk from the bus")]
    [InlineData("the Mill Lane practice is better")]
    [InlineData("she lives on the high street")]
    public void StreetWordsInOrdinarySentences_AreNotAddresses(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.StreetAddress, text);

    [Theory]
    [InlineData("dad was on ward 7")]
    [InlineData("on Ward B3 the nurses were amazing")]
    [InlineData("she was in bed 12")]
    [InlineData("in bay 4 nobody came")]
    [InlineData("my mum was on Rowan ward")]
    public void AWardBedOrBay_IsFound(string text) => ScreeningAssert.Finds(ScreeningKind.WardBedBay, text);

    [Theory]
    [InlineData("the ward was clean")]
    [InlineData("bed blocking is a real problem")]
    [InlineData("there were no beds")]
    [InlineData("i was on the maternity ward for 3 days")]
    [InlineData("stayed in bed 2 days")]
    [InlineData("I parked in bay 3 at the front and still got a ticket")]
    [InlineData("the car park bay 12 was too narrow for a wheelchair van")]
    public void WardsAndBedsInGeneral_AreNotFound(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.WardBedBay, text);

    // The generated matcher for house numbers once never finished on a flat's number followed by a comma and no house
    // number; the screening must answer, whatever was written.
    [Theory]
    [InlineData("my address is apartment 12, Riverside Quay, the GP letters keep going to the old one")]
    [InlineData("flat 12, Riverside Quay, the GP")]
    [InlineData("unit 4 , , , the workshop behind the shops")]
    public void AFlatNumberWithoutAHouseNumber_IsScreenedWithoutRunningOutOfTime(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.Safeguarding, text);

    [Fact]
    public void AFlatAndHouseNumber_IsAStreetAddress() => ScreeningAssert.Finds(ScreeningKind.StreetAddress, "post goes to flat 3, 14 Elm Grove not the surgery");
}
