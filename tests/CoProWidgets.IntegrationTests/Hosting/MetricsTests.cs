using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CoProWidgets.GetInvolved;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>The library's counters, on the host's meter factory, count what happened and name no one.</summary>
public sealed class MetricsTests : IAsyncDisposable
{
    private readonly LibrarySite _site = new();
    private readonly ConcurrentQueue<(string Name, long Value, string Tags)> _measured = new();
    private MeterListener? _listener;

    public ValueTask DisposeAsync()
    {
        _listener?.Dispose();
        return _site.DisposeAsync();
    }

    [Fact]
    public async Task StoredResponsesAndSentEmails_AreCounted_WithContentNamesAndKindsOnly()
    {
        await StartAsync();
        var survey = _site.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "yes" }), survey);

        await _site.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers);
        await _site.Services.GetRequiredService<SignUpJourney>().SubmitAsync(
            new SignUpRequest("counted@example.org", "Sam", ["gp-access"], true, false, false, null, null, "v1", "web form"), new Uri("http://localhost/"));

        Assert.Contains(("coprowidgets.survey.responses", 1L, "survey=s,channel=online"), _measured);
        await HttpClientExtensions.Eventually(() => Task.FromResult(_measured.Any(m => m.Name == "coprowidgets.emails.sent")));
        var sent = _measured.First(m => m.Name == "coprowidgets.emails.sent");
        Assert.Equal((1L, $"kind={SignUpEmails.ConfirmKind}"), (sent.Value, sent.Tags));
        Assert.DoesNotContain(_measured, m => m.Tags.Contains("example.org", StringComparison.Ordinal) || m.Tags.Contains("Sam", StringComparison.Ordinal));
    }

    private async Task StartAsync()
    {
        _site.WriteContent("surveys/s.md", "---\ntitle: S\nthank-you: Thanks.\n---\n## Q\nid: say\ntype: yes-no\n");
        await _site.StartAsync(settings:
        [
            new("CoProWidgets:Email:PickupDirectory", Path.Combine(_site.ContentPath, "mail")),
            new("CoProWidgets:Email:PollInterval", "00:00:01"),
        ]);

        // Only this host's meters: other tests running at the same time have their own.
        var factory = _site.Services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CoProWidgetsMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measured.Enqueue((instrument.Name, value, string.Join(',', tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}")))));
        _listener.Start();
    }
}
