using System.Diagnostics;
using CoProWidgets.Email;
using CoProWidgets.Safeguarding;
using CoProWidgets.Storage;
using CoProWidgets.Surveys;
using CoProWidgets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CoProWidgets.IntegrationTests.Safeguarding;

/// <summary>
/// Two servers share one database, each with its own notifier: however their looks interleave with each other and
/// with new concerns, the safeguarding address gets at most one email within NotifyAtMostEvery.
/// </summary>
public sealed class SafeguardingNotifierTests : IAsyncDisposable
{
    private const string Survey = """
        ---
        title: Your care at home
        thank-you: Thanks.
        ---
        ## Anything else?
        id: else
        type: text
        """;

    private readonly LibrarySite _first = new(FixedTime.At("2026-12-01T12:00:00Z"));
    private WebApplication? _second;

    public async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await _first.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoServers_WhoseLooksInterleaveWithANewConcern_SendOneEmailWithinTheHour_AndTheConcernWaitsForTheNext(string provider)
    {
        await StartBothAsync(provider);
        await SubmitAsync(_first.Services, "i dont want to be here any more");
        var first = _first.Services.GetRequiredService<SafeguardingQueue>();
        var second = _second!.Services.GetRequiredService<SafeguardingQueue>();

        // The second server has decided to look; as its transaction starts, the first sends, and another concern lands.
        using (BeforeTransaction(() =>
        {
            Assert.Equal(1, first.NotifyAsync(CancellationToken.None).GetAwaiter().GetResult());
            SubmitAsync(_first.Services, "she controls all my money and wont let me see my friends").GetAwaiter().GetResult();
        }))
        {
            Assert.Equal(0, await second.NotifyAsync(CancellationToken.None));
        }

        await using (var db = Db())
        {
            Assert.Equal(1, await db.Outbox.CountAsync(message => message.Kind == SafeguardingQueue.EmailKind));
            Assert.Equal(1, await db.SafeguardingConcerns.CountAsync(concern => concern.NotifiedAt == null));
        }

        _first.Time!.Now += TimeSpan.FromMinutes(61);
        var afterTheHour = await Task.WhenAll(first.NotifyAsync(CancellationToken.None), second.NotifyAsync(CancellationToken.None));
        Assert.Equal([0, 1], afterTheHour.Order());
        await using var check = Db();
        Assert.Equal(2, await check.Outbox.CountAsync(message => message.Kind == SafeguardingQueue.EmailKind));
        Assert.Equal(0, await check.SafeguardingConcerns.CountAsync(concern => concern.NotifiedAt == null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoServersLookingAtOnce_WithNothingNew_SendNothing_AndLeaveTheTurnForTheNextConcern(string provider)
    {
        await StartBothAsync(provider);
        var first = _first.Services.GetRequiredService<SafeguardingQueue>();
        var second = _second!.Services.GetRequiredService<SafeguardingQueue>();

        var atOnce = await Task.WhenAll(first.NotifyAsync(CancellationToken.None), second.NotifyAsync(CancellationToken.None));
        Assert.Equal([0, 0], atOnce);
        await SubmitAsync(_first.Services, "he hits me when he drinks");

        Assert.Equal(1, await second.NotifyAsync(CancellationToken.None));
    }

    /// <summary>
    /// Runs <paramref name="interleave"/> once, on this test's flow, as the next EF Core transaction is about to start:
    /// after a notifier has decided to look, before it has claimed or marked anything.
    /// </summary>
    private static TransactionHook BeforeTransaction(Action interleave) => new TransactionHook(interleave);

    private CoProDbContext Db() => _first.Services.GetRequiredService<CoProDbContextFactory>().Create();

    private static async Task SubmitAsync(IServiceProvider services, string text)
    {
        var survey = services.GetRequiredService<SurveyProvider>().Get("s").Value!;
        var answers = SurveyAnswers.Read(new FormCollection(new Dictionary<string, StringValues> { ["q-else"] = text }), survey);
        Assert.True(await services.GetRequiredService<SurveyService>().SubmitAsync(survey, SurveyService.NewKey(), answers, SurveyChannel.Paper));
    }

    private async Task StartBothAsync(string provider)
    {
        _first.WriteContent("surveys/s.md", Survey);
        // The email links to the staff workspace's queue, which needs a staff policy to exist.
        List<KeyValuePair<string, string?>> settings = [new("CoProWidgets:StaffPolicy", "Staff"), new("CoProWidgets:Safeguarding:NotifyEmail", "safeguarding@example.org")];
        static void WithoutBackgroundNotifier(IServiceCollection services)
        {
            HeaderAuthentication.AddTo(services, "Staff");
            services.Remove(services.Single(descriptor => descriptor.ImplementationType == typeof(SafeguardingNotifier)));
        }

        await _first.StartAsync(provider, settings, WithoutBackgroundNotifier);
        _second = await LibraryHost.StartAsync(
            [.. _first.Database!.Settings, new("CoProWidgets:ContentPath", _first.ContentPath), .. settings],
            services =>
            {
                services.AddSingleton<TimeProvider>(_first.Time!);
                WithoutBackgroundNotifier(services);
            });
    }

    /// <summary>Listens to EF Core's diagnostics for the transaction about to start on the flow that made it.</summary>
    private sealed class TransactionHook : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<TransactionHook?> s_armed = new();
        private readonly Action _interleave;
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _ran;

        public TransactionHook(Action interleave)
        {
            _interleave = interleave;
            s_armed.Value = this;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.TransactionStarting.Name));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Only on the flow that armed it, and once: the interleaved work starts transactions of its own.
            if (s_armed.Value == this && Interlocked.Exchange(ref _ran, 1) == 0)
            {
                _interleave();
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            s_armed.Value = null;
            _listeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(subscription => subscription.Dispose());
            }

            Assert.Equal(1, _ran);
        }
    }
}
