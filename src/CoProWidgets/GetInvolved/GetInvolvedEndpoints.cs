using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The pages the links in sign-up emails open. Opening a link never changes anything (mail scanners open links);
/// each page has a button that does. The token in the form is the secret that authorises the change and is bound to
/// one sign-up, so a cookie-based antiforgery token would add nothing, and it would fail when the email is opened in
/// another browser or by a mail client's one-click unsubscribe.
/// </summary>
internal static class GetInvolvedEndpoints
{
    private const string ConfirmView = "~/Views/CoProWidgets/GetInvolved/Confirm.cshtml";
    private const string ConfirmTitle = "Confirm you want to get involved";
    private const string UnsubscribeView = "~/Views/CoProWidgets/GetInvolved/Unsubscribe.cshtml";
    private const string UnsubscribeTitle = "Stop hearing from us";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/get-involved/confirm", ShowConfirmAsync).WithName("CoProWidgets.ConfirmSignUp");
        FormRateLimit.Apply(group.MapPost("/get-involved/confirm", ConfirmAsync).DisableAntiforgery());
        group.MapGet("/get-involved/unsubscribe", ShowUnsubscribeAsync).WithName("CoProWidgets.Unsubscribe");
        FormRateLimit.Apply(group.MapPost("/get-involved/unsubscribe", UnsubscribeAsync).DisableAntiforgery());
    }

    private static Task<IResult> ShowConfirmAsync(string? token, HttpContext context, SignUpTokens tokens, LibraryPageRenderer pages)
    {
        var state = tokens.TryRead(SignUpLinkPurpose.Confirm, token, out _, out _) ? ConfirmSignUpState.Ready : ConfirmSignUpState.Invalid;
        return pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(token, state), ConfirmTitle, StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, SignUpService signUps, LibraryPageRenderer pages, IOptions<CoProWidgetsOptions> options)
    {
        var result = await signUps.ConfirmAsync(await TokenAsync(context), SiteOf(context.Request, options.Value), context.RequestAborted);
        var state = result switch
        {
            SignUpLinkResult.Done => ConfirmSignUpState.Confirmed,
            SignUpLinkResult.AlreadyDone => ConfirmSignUpState.AlreadyConfirmed,
            _ => ConfirmSignUpState.Invalid,
        };
        return await pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(null, state), ConfirmTitle, StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ShowUnsubscribeAsync(string? token, HttpContext context, SignUpService signUps, LibraryPageRenderer pages)
    {
        var valid = await signUps.IsManageLinkValidAsync(token, context.RequestAborted);
        var model = new UnsubscribeViewModel(valid ? token : null, valid ? UnsubscribeState.Ready : UnsubscribeState.Invalid);
        return await pages.RenderAsync(context, UnsubscribeView, model, UnsubscribeTitle, StatusFor(!valid));
    }

    /// <summary>The page's button, and RFC 8058 one-click unsubscribe (a mail client's POST to the header's address).</summary>
    private static async Task<IResult> UnsubscribeAsync(HttpContext context, SignUpService signUps, LibraryPageRenderer pages)
    {
        var result = await signUps.UnsubscribeAsync(await TokenAsync(context), context.RequestAborted);
        var state = result == SignUpLinkResult.Invalid ? UnsubscribeState.Invalid : UnsubscribeState.Unsubscribed;
        return await pages.RenderAsync(context, UnsubscribeView, new UnsubscribeViewModel(null, state), UnsubscribeTitle, StatusFor(state == UnsubscribeState.Invalid));
    }

    /// <summary>The token from the posted form, or from the address (where one-click unsubscribe puts it).</summary>
    private static async Task<string?> TokenAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            if (form.TryGetValue("token", out var posted))
            {
                return posted;
            }
        }

        return request.Query["token"];
    }

    private static int StatusFor(bool invalid) => invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>The site's address for links in emails: the configured SiteUrl, else the request's.</summary>
    private static Uri SiteOf(HttpRequest request, CoProWidgetsOptions options) =>
        options.SiteUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
