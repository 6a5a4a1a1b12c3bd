using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Screening;

/// <summary>
/// The screening every written answer gets when it arrives: the wording rules of <see cref="AnswerScreen"/>, and,
/// where they find no concern, the model reading the answer as a whole (<see cref="SafeguardingReading"/>) unless
/// <see cref="CoProSafeguardingOptions.ReadAnswersWithModel"/> turns it off. If the model cannot run here (ONNX Runtime
/// has no build for this platform, or too little memory), answers are still screened by the rules and stored: the
/// failure is logged as an error (at most every five minutes), because the queue then finds far fewer concerns.
/// </summary>
internal sealed partial class AnswerScreener(IOptions<CoProWidgetsOptions> options, ILogger<AnswerScreener> logger)
{
    /// <summary>The concern named when the wording rules ran out of time on an answer.</summary>
    public const string NotScreenedConcern = "not screened in time: read it";

    // When the model's failure was last logged: once in a while, so a later, different failure is seen too.
    private long _modelFailureLogged = long.MinValue;

    public ScreeningResult Screen(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ScreeningResult result;
        try
        {
            result = AnswerScreen.Screen(text);
        }
        catch (RegexMatchTimeoutException exception)
        {
            // An answer the rules could not finish with goes to a person rather than nowhere, and is still stored.
            LogRulesTimedOut(logger, exception.Pattern);
            return new([new(ScreeningKind.Safeguarding, 0, text.Length, NotScreenedConcern)]);
        }

        if (result.Safeguarding || !options.Value.Safeguarding.ReadAnswersWithModel)
        {
            return result;
        }

        try
        {
            if (SafeguardingReading.Find(text, SafeguardingModel.Shipped, cancellationToken) is { } found)
            {
                var finding = new ScreeningFinding(ScreeningKind.Safeguarding, found.Start, found.Length, SafeguardingModel.Concern);
                return new([.. result.Findings.Append(finding).OrderBy(f => f.Start).ThenBy(f => f.Kind)]);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var now = Environment.TickCount64;
            var logged = Interlocked.Read(ref _modelFailureLogged);
            if ((logged == long.MinValue || now - logged > 300_000) && Interlocked.CompareExchange(ref _modelFailureLogged, now, logged) == logged)
            {
                LogModelFailed(logger, exception);
            }
        }

        return result;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Written answers could not be read by the safeguarding model, so only its wording rules screen them: far fewer concerns reach the queue. Fix what the exception says, or set CoProWidgets:Safeguarding:ReadAnswersWithModel to false to say so deliberately.")]
    private static partial void LogModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A screening pattern ran out of time on a written answer, which goes to the safeguarding queue unscreened: {Pattern}")]
    private static partial void LogRulesTimedOut(ILogger logger, string pattern);
}
