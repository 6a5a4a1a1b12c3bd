using CoProWidgets.Quotes;
using CoProWidgets.Surveys;

namespace CoProWidgets.Tests.Quotes;

/// <summary>A quote holds whatever a survey lets someone write, under the names the survey stores.</summary>
public sealed class SurveyQuoteTests
{
    [Fact]
    public void Limits_AreTheSurveysOwn()
    {
        Assert.Equal(
            (SurveyResponse.MaxSurveyLength, SurveyCount.MaxIdLength, SurveyQuestion.MaxMaxLength),
            (SurveyQuote.MaxSurveyLength, SurveyQuote.MaxIdLength, SurveyQuote.MaxTextLength));
    }

    [Fact]
    public void Consented_WaitsForAPersonsDecision_WithItsFlags()
    {
        var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

        var quote = SurveyQuote.Consented("s", "else", "uses", "Ring me on 07700 900123", [QuoteFlags.Phone, QuoteFlags.NamedPerson], now);
        var plain = SurveyQuote.Consented("s", "else", null, "Evening slots", [], now);

        Assert.Equal((SurveyQuoteStatus.Pending, "phone number,named person", now, (string?)null), (quote.Status, quote.Flags, quote.SubmittedAt, quote.PublishedText));
        Assert.Null(plain.Flags);
        Assert.NotEqual(quote.Id, plain.Id);
    }
}
