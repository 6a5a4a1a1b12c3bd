using System.Globalization;
using CoProWidgets.Content;

namespace CoProWidgets.Surveys;

/// <summary>
/// What a <c>number</c> question accepts (whole numbers from <see cref="Min"/> to <see cref="Max"/>) and the bands its
/// answers are counted in. A number is never published as itself, since an unusual one picks out the person who gave
/// it: only the count in each band, as the options of any choice question are, suppression and all.
/// </summary>
/// <param name="Min">The smallest number accepted, or null for no limit.</param>
/// <param name="Max">The largest number accepted, or null for no limit.</param>
/// <param name="Bands">The bands, in order, each an option whose id is <c>low-high</c>; empty when not published.</param>
internal sealed record SurveyNumberRange(long? Min, long? Max, IReadOnlyList<SurveyNumberBand> Bands)
{
    /// <summary>The most digits a number may have, so every accepted answer fits a long.</summary>
    private const int MaxDigits = 15;

    public IReadOnlyList<SurveyOption> Options => [.. Bands.Select(band => new SurveyOption(band.Id, band.Label))];

    /// <summary>The id of the band <paramref name="value"/> falls in, or null.</summary>
    public string? BandOf(string value) =>
        Parse(value) is { } number ? Bands.FirstOrDefault(band => number >= band.Low && number <= band.High)?.Id : null;

    /// <summary>A whole number as people type it (spaces and commas allowed), or null.</summary>
    public static long? Parse(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return plain.Length is > 0 and <= MaxDigits + 1
            && long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>Whether the text is a number with a fraction, such as "2.5": told apart from text that is no number at all.</summary>
    public static bool IsDecimal(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    /// <summary>The range and bands of a question's <c>min</c>, <c>max</c> and <c>bands</c> settings.</summary>
    public static SurveyNumberRange Read(ContentFile file, SettingLines settings)
    {
        var min = Limit(file, settings, "min");
        var max = Limit(file, settings, "max");
        if (min is not null && max is not null && max < min)
        {
            throw file.Error(settings.LineOf("max"), SurveyErrorText.Of("Number.MaxBelowMin", max, min));
        }

        if (settings.Get("bands") is not { } text)
        {
            return new(min, max, []);
        }

        var line = settings.LineOf("bands");
        if (min is null || max is null)
        {
            throw file.Error(line, SurveyErrorText.Of("Number.BandsNeedRange"));
        }

        var bands = new List<SurveyNumberBand>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(" to ", StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || Parse(ends[0]) is not { } low || Parse(ends[1]) is not { } high || high < low)
            {
                throw file.Error(line, SurveyErrorText.Of("Number.BandForm", part));
            }

            var expected = bands.Count == 0 ? min.Value : bands[^1].High + 1;
            if (low != expected)
            {
                throw file.Error(line, SurveyErrorText.Of("Number.BandStart", part, expected));
            }

            bands.Add(new(low, high));
        }

        if (bands.Count < 2 || bands.Count > SurveyParser.MaxOptions)
        {
            throw file.Error(line, SurveyErrorText.Of("Number.BandCount", SurveyParser.MaxOptions));
        }

        if (bands[^1].High != max)
        {
            throw file.Error(line, SurveyErrorText.Of("Number.BandsEnd", bands[^1].High, max));
        }

        return new(min, max, bands);
    }

    private static long? Limit(ContentFile file, SettingLines settings, string key) =>
        settings.Get(key) is not { } text ? null
        : Parse(text) is { } number && !text.Contains(',', StringComparison.Ordinal) ? number
        : throw file.Error(settings.LineOf(key), SurveyErrorText.Of("Number.Whole", key));
}

/// <summary>One band of a number question's answers, from <paramref name="Low"/> to <paramref name="High"/> inclusive.</summary>
internal sealed record SurveyNumberBand(long Low, long High)
{
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Low}-{High}");

    public string Label => Low == High ? Low.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Low} to {High}");
}
