using CoProWidgets.GetInvolved;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.IntegrationTests.GetInvolved;

/// <summary>The parts of signing up a test drives: the journey (submit, confirm) and what a person's links do.</summary>
/// <param name="Journey">Submitting and confirming.</param>
/// <param name="Links">Preferences, unsubscribing, erasing and new links.</param>
internal sealed record SignUpParts(SignUpJourney Journey, SignUpLinkActions Links)
{
    public static SignUpParts From(IServiceProvider services) =>
        new(services.GetRequiredService<SignUpJourney>(), services.GetRequiredService<SignUpLinkActions>());
}
