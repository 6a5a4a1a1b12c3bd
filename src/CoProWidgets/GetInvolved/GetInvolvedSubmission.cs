using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// A post with problems, handed from the endpoint to the widget it shows again, for this request only: the library
/// keeps no form state in cookies or session.
/// </summary>
/// <param name="Form">What was sent.</param>
/// <param name="Errors">What is wrong with it.</param>
/// <param name="ReturnUrl">The page the visitor came from, to go back to once the sign-up is sent.</param>
internal sealed record GetInvolvedSubmission(GetInvolvedForm Form, IReadOnlyList<FormError> Errors, string ReturnUrl)
{
    /// <summary>Whether the sign-up was sent, for a widget shown again in place rather than after a redirect.</summary>
    public bool Sent { get; init; }

    private static readonly object s_key = new();

    public static GetInvolvedSubmission? Of(HttpContext context) =>
        context.Items.TryGetValue(s_key, out var value) ? value as GetInvolvedSubmission : null;

    public void AttachTo(HttpContext context) => context.Items[s_key] = this;
}
