namespace CoProWidgets.Testing;

/// <summary>
/// A survey with one question of each type that takes more than a list or a text (number, date, rating, the Friends
/// and Family Test, and an "other" option with its text box), over two pages: what the integration and browser tests
/// answer.
/// </summary>
public static class EveryTypeSurvey
{
    public const string Name = "types";

    public const string Text = """
        ---
        title: Every type
        results: while-open
        thank-you: Thank you.
        ---
        ## How old are you?
        id: age
        type: number
        min: 16
        max: 120
        bands: 16 to 24 | 25 to 64 | 65 to 120

        ## When did you last visit?
        id: visited
        type: date
        earliest: 2026-01-01
        latest: 2026-12-31

        ## How likely are you to recommend us to a friend?
        id: likely
        type: rating
        from: 0
        to: 10
        labels: Not at all likely | Extremely likely

        ---

        ## Overall, how was your experience of our service?
        id: fft
        type: friends-and-family

        ## How did you hear about us?
        id: heard
        type: multiple
        other: Somewhere else (please say)

        - web: Our website
        - friend: A friend
        """;
}
