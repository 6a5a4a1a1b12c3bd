using CoProWidgets;
using CoProWidgets.Audit;
using CoProWidgets.Content;
using CoProWidgets.DependencyInjection;
using CoProWidgets.Email;
using CoProWidgets.Embed;
using CoProWidgets.GetInvolved;
using CoProWidgets.Http;
using CoProWidgets.Outcomes;
using CoProWidgets.Principles;
using CoProWidgets.Quotes;
using CoProWidgets.Rendering;
using CoProWidgets.Retention;
using CoProWidgets.Safeguarding;
using CoProWidgets.Staff;
using CoProWidgets.Storage;
using CoProWidgets.SurveyResults;
using CoProWidgets.Surveys;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds CoProWidgets to a host's services.</summary>
public static class CoProWidgetsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the CoProWidgets services, with options bound from the <c>CoProWidgets</c> configuration section and
    /// validated when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns>A builder for further CoProWidgets features.</returns>
    public static CoProWidgetsBuilder AddCoProWidgets(this IServiceCollection services) => services.AddCoProWidgets(static _ => { });

    /// <summary>
    /// Adds the CoProWidgets services, with options bound from the <c>CoProWidgets</c> configuration section, then
    /// changed by <paramref name="configure"/>, and validated when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Changes to the options, applied after configuration is bound.</param>
    /// <returns>A builder for further CoProWidgets features.</returns>
    public static CoProWidgetsBuilder AddCoProWidgets(this IServiceCollection services, Action<CoProWidgetsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        if (services.Any(service => service.ServiceType == typeof(CoProWidgetsMarker)))
        {
            // Called again: add the changes, but do not bind configuration a second time over the first call's changes.
            services.Configure(configure);
            return new CoProWidgetsBuilder(services);
        }

        services.AddSingleton<CoProWidgetsMarker>();
        services.AddOptions<CoProWidgetsOptions>()
            .BindConfiguration(CoProWidgetsOptions.SectionName)
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoProWidgetsOptions>, CoProWidgetsOptionsValidator>());

        services.AddAntiforgery();

        // The library's words come through the host's IStringLocalizerFactory (ResourceManager by default).
        services.AddLocalization();

        // Lets the words of code with no services to hand come through the request's factory too (LibraryText).
        services.AddHttpContextAccessor();
        services.AddMetrics();
        services.TryAddSingleton<CoProWidgetsMetrics>();
        services.TryAddSingleton<MarkdownRenderer>();
        services.TryAddSingleton<ContentPictures>();
        services.TryAddSingleton<IContentPictureLinks, ContentPictureLinks>();
        services.TryAddSingleton<ReadingCheck>();
        services.TryAddSingleton<ContentStore>();
        services.TryAddSingleton<WidgetHtmlRenderer>();
        services.TryAddSingleton<WidgetCache>();
        services.TryAddSingleton<LibraryPageRenderer>();
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<SharedBudgets>();
        services.TryAddSingleton<OtherServers>();
        services.TryAddSingleton<FormRateLimit>();
        services.TryAddSingleton<SiteLinks>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UkClock>();
        services.TryAddSingleton<CoProDbContextFactory>();
        services.TryAddSingleton<WakeSignal<OutboxSender>>();
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<CoProDataProtection>();
        services.TryAddSingleton<EmailTemplates>();
        services.TryAddSingleton<EmbedOrigins>();
        services.TryAddSingleton<EmbedFormTokens>();
        services.TryAddSingleton<OutboxRetention>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<PublishedQuotes>();
        services.TryAddSingleton<QuoteModeration>();
        services.TryAddSingleton<OutboxState>();
        services.TryAddSingleton<StaffOverview>();
        services.TryAddSingleton<StaffResponses>();
        services.TryAddSingleton<StaffContent>();
        services.TryAddSingleton<StaffEntry>();
        services.TryAddSingleton<StaffExports>();
        services.TryAddSingleton<StaffPeople>();
        services.TryAddSingleton<StaffOutcomes>();
        services.TryAddSingleton<StaffPreview>();
        services.TryAddSingleton<WidgetRegistry>();
        services.TryAddSingleton<StaffQuotes>();
        services.TryAddSingleton<StaffAccess>();
        services.TryAddSingleton<StaffPages>();

        // Staff responses carry their headers even when the host's authorization answers before any endpoint runs.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Hosting.IStartupFilter, StaffHeaders.StartupFilter>());
        services.TryAddSingleton<IEmailTransport>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value.Email.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<PickupDirectoryTransport>(provider)
                : ActivatorUtilities.CreateInstance<SmtpTransport>(provider));

        // Hosted services start in this order: the database is migrated before anything uses it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WidgetWarmUp>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxSender>());

        // The widgets, in the order they warm up: outcomes after get-involved, whose areas their checklist reads.
        services.AddWidget<PrinciplesWidget>();
        services.AddWidget<GetInvolvedWidget>();
        services.AddWidget<SurveyWidget>();
        services.AddWidget<ResultsWidget>();
        services.AddWidget<OutcomesWidget>();

        services.TryAddSingleton<WakeSignal<SafeguardingNotifier>>();
        services.TryAddSingleton<SafeguardingQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SafeguardingNotifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RetentionService>());

        // View components, their views and the tag helpers need MVC's view services; a host with Razor Pages or
        // controllers already has them and these calls change nothing.
        var assembly = typeof(CoProWidgetsOptions).Assembly;
        services.AddMvcCore()
            .AddViews()
            .AddRazorViewEngine()
            .ConfigureApplicationPartManager(parts =>
            {
                // The factory yields both the assembly (view components, tag helpers) and its compiled Razor views.
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    if (!parts.ApplicationParts.Any(existing => existing.GetType() == part.GetType() && existing.Name == part.Name))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });

        return new CoProWidgetsBuilder(services);
    }
}

/// <summary>Adds one widget: its services, and its description for everything that loops over widgets.</summary>
internal static class WidgetServiceCollectionExtensions
{
    public static IServiceCollection AddWidget<T>(this IServiceCollection services)
        where T : class, IWidget
    {
        T.AddServices(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWidget, T>());
        return services;
    }
}

/// <summary>Marks a service collection that AddCoProWidgets has already set up.</summary>
internal sealed class CoProWidgetsMarker;
