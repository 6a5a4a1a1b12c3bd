using CoProWidgets.Email;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace CoProWidgets.Outcomes;

/// <summary>
/// "You said, we did": every outcome (<c>outcomes/*.md</c>), or with a name one outcome in full, on pages, embedded
/// and in the Atom feed; and the emails to people who follow an outcome's areas.
/// </summary>
internal sealed class OutcomesWidget(OutcomeProvider outcomes, IStringLocalizer<OutcomesText> text) : IWidget
{
    public string Kind => "outcomes";

    public string Label => text["Widget.Label"];

    public string LinkText => text["Widget.LinkText"];

    public WidgetAddress Address { get; } = WidgetAddress.Optional(OutcomeEndpoints.OutcomeRoute, OutcomeEndpoints.ListRoute);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(OutcomesTagHelper), typeof(OutcomeTagHelper)];

    // Made on each use, so its label is in the language of the page that shows it.
    public WidgetFiles Files => new(
        text["Widget.Files"],
        () => outcomes.Names(),
        name => OutcomeProvider.PathOf(name!),
        name => ContentState.Of(outcomes.Get(name!), outcome => outcome.Warnings));

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<OutcomeProvider>();
        services.TryAddSingleton<OutcomeNotifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRecipients, OutcomeRecipients>());
        services.AddHostedService(provider => provider.GetRequiredService<OutcomeNotifier>());
    }

    public WidgetCall? Call(string? name, int? headingLevel) => name is null
        ? new(this, null, typeof(OutcomesViewComponent), new OutcomesArguments(headingLevel, PageSize: null))
        : new(this, name, typeof(OutcomeViewComponent), new OutcomeArguments(name, headingLevel));

    public string? Title(string? name) => name is null ? text["Title"].Value : outcomes.Get(name).Value?.Outcome.Title;

    public void Map(RouteGroupBuilder group) => OutcomeEndpoints.Map(group, this, text);

    // Registered after the get-involved widget: the checklist compares each outcome's areas with its areas.
    public void WarmUp() => outcomes.All();
}

/// <summary>The outcomes feed's view component arguments.</summary>
/// <param name="HeadingLevel">The level of the title heading, 1 to 5, or null for the default.</param>
/// <param name="PageSize">How many outcomes a page shows, 1 to 100, or null for the default.</param>
internal sealed record OutcomesArguments(int? HeadingLevel, int? PageSize);

/// <summary>One outcome's view component arguments.</summary>
/// <param name="Name">The outcome file's name, without <c>.md</c>.</param>
/// <param name="HeadingLevel">The level of the title heading, 1 to 5, or null for the default.</param>
internal sealed record OutcomeArguments(string? Name, int? HeadingLevel);
