using CoProWidgets.GetInvolved;
using CoProWidgets.Outcomes;
using CoProWidgets.Principles;
using CoProWidgets.Surveys;
using Microsoft.Extensions.Hosting;

namespace CoProWidgets.Content;

/// <summary>
/// Reads every content file once when the host starts, so problems reach the log at start-up rather than at the
/// first visitor, and the first visitor does not wait for parsing. It never stops the host: the store logs errors.
/// </summary>
internal sealed class ContentStartupCheck(PrinciplesProvider principles, GetInvolvedProvider getInvolved, SurveyProvider surveys, OutcomeProvider outcomes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in principles.Names())
        {
            principles.Get(name);
        }

        foreach (var name in surveys.Names())
        {
            surveys.Get(name);
        }

        if (getInvolved.Exists)
        {
            getInvolved.Get();
        }

        // After get-involved.md: the checklist compares each outcome's areas with its areas.
        outcomes.All();

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
