using CoProWidgets.Http;
using CoProWidgets.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoProWidgets.Surveys;

/// <summary>
/// A survey shown through a kiosk link, for this request: the survey's form posts to the kiosk with the tablet's
/// current session in its address, each post spends the link's budget (not the address's, which a venue's Wi-Fi
/// shares), and a response is stored as given at the link's event.
/// </summary>
/// <param name="Link">The kiosk link.</param>
/// <param name="Action">Where the survey's form posts: the kiosk, with the session the form belongs to.</param>
internal sealed record KioskMode(KioskLink Link, string Action)
{
    private static readonly object s_key = new();

    /// <summary>The kiosk mode of this request, or null for a survey shown anywhere else.</summary>
    public static KioskMode? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(s_key, out var mode) ? mode as KioskMode : null;
    }

    public void AttachTo(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[s_key] = this;
    }

    /// <summary>Whose budget a post spends: the link's, so one stall's visitors never share it with anyone else.</summary>
    public string RateClient => $"kiosk:{Link.Id}";

    public static FormBudget Budget(bool storing) => storing ? FormBudget.KioskResponses : FormBudget.KioskPages;

    /// <summary>
    /// Names the event on the response being stored. <see cref="SurveyService.SubmitAsync"/> adds the response before
    /// it calls what goes alongside, and saves both in one transaction, so the name is in the row from the start.
    /// </summary>
    public Action<CoProDbContext> Record => db =>
    {
        foreach (var entry in db.ChangeTracker.Entries<SurveyResponse>().Where(entry => entry.State == EntityState.Added))
        {
            entry.Entity.EventName = Link.Event;
        }
    };
}
