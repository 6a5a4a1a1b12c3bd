using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CoProWidgets.GetInvolved;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Hosting;

/// <summary>The library's counters, on the host's meter factory, count what happened and name no one.</summary>
public sealed class MetricsTests : IAsyncDisposable
{
    private readonly string _content = LibraryHost.EmptyContentFolder();
    private readonly ConcurrentQueue<(string Name, long Value, string Tags)> _measured = new();
    private MeterListener? _listener;
    private TestDatabase? _database;
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        _listener?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task StoredResponsesAndSentEmails_AreCounted_WithContentNamesAndKindsOnly()
    {
        await StartAsync();
        var survey = _app!.Services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-say"] = "yes" }), survey);

        await _app.Services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers);
        await _app.Services.GetRequiredService<SignUpService>().SubmitAsync(
            new SignUpRequest("counted@example.org", "Sam", ["gp-access"], true, false, false, null, null, "v1", "web form"), new Uri("http://localhost/"));

        Assert.Contains(("coprowidgets.survey.responses", 1L, "survey=s"), _measured);
        await HttpClientExtensions.Eventually(() => Task.FromResult(_measured.Any(m => m.Name == "coprowidgets.emails.sent")));
        var sent = _measured.First(m => m.Name == "coprowidgets.emails.sent");
        Assert.Equal((1L, $"kind={SignUpEmails.ConfirmKind}"), (sent.Value, sent.Tags));
        Assert.DoesNotContain(_measured, m => m.Tags.Contains("example.org", StringComparison.Ordinal) || m.Tags.Contains("Sam", StringComparison.Ordinal));
    }

    private async Task StartAsync()
    {
        Directory.CreateDirectory(Path.Combine(_content, "surveys"));
        await File.WriteAllTextAsync(Path.Combine(_content, "surveys", "s.md"), "---\ntitle: S\nthank-you: Thanks.\n---\n## Q\nid: say\ntype: yes-no\n");
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["CoProWidgets:ContentPath"] = _content,
            ["CoProWidgets:Email:PickupDirectory"] = Path.Combine(_content, "mail"),
            ["CoProWidgets:Email:PollInterval"] = "00:00:01",
        };
        _app = await LibraryHost.StartAsync(settings);

        // Only this host's meters: other tests running at the same time have their own.
        var factory = _app.Services.GetRequiredService<IMeterFactory>();
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
