using System.Diagnostics.Metrics;

namespace CoProWidgets;

/// <summary>
/// The library's counters, on the meter <c>CoProWidgets</c> (made by the host's <see cref="IMeterFactory"/>), for
/// OpenTelemetry or <c>dotnet-counters</c>: <c>coprowidgets.survey.responses</c> (tag <c>survey</c>),
/// <c>coprowidgets.signups</c>, <c>coprowidgets.emails.sent</c>, <c>coprowidgets.emails.retried</c> and
/// <c>coprowidgets.emails.failed</c> (tag <c>kind</c>). Tags hold content names and email kinds only, never anything a
/// person typed.
/// </summary>
internal sealed class CoProWidgetsMetrics
{
    public const string MeterName = "CoProWidgets";

    public CoProWidgetsMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        ResponsesStored = meter.CreateCounter<long>("coprowidgets.survey.responses", "{response}", "Survey responses stored.");
        SignUps = meter.CreateCounter<long>("coprowidgets.signups", "{sign-up}", "Sign-up forms accepted (a robot's are not counted).");
        EmailsSent = meter.CreateCounter<long>("coprowidgets.emails.sent", "{email}", "Emails handed to the mail server or pickup folder.");
        EmailsRetried = meter.CreateCounter<long>("coprowidgets.emails.retried", "{email}", "Emails that failed to send and will be tried again.");
        EmailsFailed = meter.CreateCounter<long>("coprowidgets.emails.failed", "{email}", "Emails given up on after their last attempt.");
        ContentErrors = meter.CreateCounter<long>("coprowidgets.content.errors", "{error}", "Content files found broken (each new error once), tagged with the file.");
    }

    public Counter<long> ResponsesStored { get; }

    public Counter<long> SignUps { get; }

    public Counter<long> EmailsSent { get; }

    public Counter<long> EmailsRetried { get; }

    public Counter<long> EmailsFailed { get; }

    /// <summary>Each new error in a content file, once, tagged <c>file</c>.</summary>
    public Counter<long> ContentErrors { get; }
}
