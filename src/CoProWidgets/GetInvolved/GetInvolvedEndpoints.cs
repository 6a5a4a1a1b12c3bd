using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The sign-up form's page and post, and the pages the links in sign-up emails open. The form's post checks the
/// antiforgery token itself, so it holds whether or not the host has added the antiforgery middleware. Opening a link never changes anything (mail scanners open links);
/// each page has a button that does. The token in the form is the secret that authorises the change and is bound to
/// one sign-up, so a cookie-based antiforgery token would add nothing, and it would fail when the email is opened in
/// another browser or by a mail client's one-click unsubscribe.
/// </summary>
internal static class GetInvolvedEndpoints
{
    public const string NewLinkRoute = "CoProWidgets.NewLink";
    public const string ConfirmRoute = "CoProWidgets.ConfirmSignUp";
    public const string PreferencesRoute = "CoProWidgets.Preferences";
    public const string UnsubscribeRoute = "CoProWidgets.Unsubscribe";
    private const string ConfirmView = "~/Views/CoProWidgets/GetInvolved/Confirm.cshtml";
    private const string ConfirmTitleKey = "Confirm.Title";
    private const string PreferencesView = "~/Views/CoProWidgets/GetInvolved/Preferences.cshtml";
    private const string PreferencesTitleKey = "Preferences.Title";
    private const string PreferencesIdPrefix = "copro-preferences";
    private const string UnsubscribeView = "~/Views/CoProWidgets/GetInvolved/Unsubscribe.cshtml";
    private const string UnsubscribeTitleKey = "Unsubscribe.Title";
    private const string NewLinkView = "~/Views/CoProWidgets/GetInvolved/NewLink.cshtml";
    private const string NewLinkTitleKey = "NewLink.Title";

    public static void Map(RouteGroupBuilder group, GetInvolvedWidget widget)
    {
        group.MapGet("/get-involved", (Delegate)((HttpContext context) => WidgetPages.ShowAsync(context, widget, null, GetInvolvedWidget.SignUpView, model: null, Text(context)["SignUp.Title"])))
            .WithName(GetInvolvedWidget.SignUpRoute);
        group.MapPost("/get-involved", (Delegate)((HttpContext context) => OwnPagePresenter.PostAsync(context, widget, null))).DisableAntiforgery();
        group.MapGet("/get-involved/new-link", ShowNewLinkAsync).WithName(NewLinkRoute);
        group.MapPost("/get-involved/new-link", SendNewLinkAsync).DisableAntiforgery();
        TokenPage(group.MapGet("/get-involved/confirm", ShowConfirmAsync).WithName(ConfirmRoute));
        TokenPage(group.MapPost("/get-involved/confirm", ConfirmAsync).DisableAntiforgery());
        TokenPage(group.MapGet("/get-involved/preferences", ShowPreferencesAsync).WithName(PreferencesRoute));
        TokenPage(group.MapPost("/get-involved/preferences", SavePreferencesAsync).DisableAntiforgery());
        TokenPage(group.MapPost("/get-involved/resubscribe", ResubscribeAsync).DisableAntiforgery());
        TokenPage(group.MapPost("/get-involved/erase", EraseAsync).DisableAntiforgery());
        TokenPage(group.MapGet("/get-involved/unsubscribe", ShowUnsubscribeAsync).WithName(UnsubscribeRoute));
        TokenPage(group.MapPost("/get-involved/unsubscribe", UnsubscribeAsync).DisableAntiforgery());
    }

    /// <summary>
    /// A page reached with a token in its address is never cached (by the browser, a proxy or a shared computer's
    /// history of pages) and sends no Referer, so the token goes nowhere else.
    /// </summary>
    private static void TokenPage(RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(static async (invocation, next) =>
    {
        var headers = invocation.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return await next(invocation);
    });

    /// <summary>The page where someone who lost their link, or forwarded it by mistake, asks for a new one.</summary>
    private static Task<IResult> ShowNewLinkAsync(bool? sent, HttpContext context, LibraryPageRenderer pages) =>
        pages.RenderAsync(context, NewLinkView, new NewLinkViewModel { Sent = sent == true }, Text(context)[NewLinkTitleKey]);

    /// <summary>
    /// Sends a confirmed address a new preferences link, which stops the old ones working. The answer is the same whether or not the
    /// address is signed up, so the page reveals nobody; then 303, so refreshing does not send it again.
    /// </summary>
    private static async Task<IResult> SendNewLinkAsync(HttpContext context, NewLinkRequests requests, LibraryPageRenderer pages, FormRateLimit limits, IOptions<CoProWidgetsOptions> options)
    {
        if (await BoundedForm.ReadAsync(context) is not { } posted)
        {
            return Results.Text(Text(context)["Errors.Unreadable"], statusCode: StatusCodes.Status400BadRequest);
        }

        var email = BoundedForm.Value(posted, GetInvolvedForm.EmailField)?.Trim();
        var wait = await limits.TryAcquireAsync(context, FormBudget.Links);
        var text = Text(context);
        IReadOnlyList<FormError> errors = wait is { } tooSoon
            ? [FormErrors.TooSoon(context, tooSoon)]
            : await FormGuard.IsValidAsync(context, posted)
                ? GetInvolvedForm.ValidateEmail(email, text)
                : [new FormError(string.Empty, text["Errors.Expired"])];
        if (errors.Count > 0)
        {
            var model = new NewLinkViewModel { Email = email, Errors = errors };
            return await pages.RenderAsync(context, NewLinkView, model, ErrorTitle(context, NewLinkTitleKey), wait is null ? StatusCodes.Status400BadRequest : StatusCodes.Status429TooManyRequests);
        }

        // Queued, not sent here: the answer must take as long for an address nobody signed up with.
        requests.Queue(email!, SiteAddress.Of(context.Request, options.Value));
        var sent = context.RequestServices.GetRequiredService<SiteLinks>().Path(context, NewLinkRoute, new { sent = true });
        return FormRedirect.SeeOther(context, $"{sent}#{NewLinkViewModel.IdPrefix}-sent");
    }

    private static Task<IResult> ShowConfirmAsync(string? token, HttpContext context, SignUpTokens tokens, LibraryPageRenderer pages)
    {
        var state = tokens.TryRead(SignUpLinkPurpose.Confirm, token, out _, out _) ? ConfirmSignUpState.Ready : ConfirmSignUpState.Invalid;
        return pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(token, state), Text(context)[ConfirmTitleKey], StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, SignUpJourney signUps, LibraryPageRenderer pages, FormRateLimit limits, IOptions<CoProWidgetsOptions> options)
    {
        var token = await TokenAsync(context);
        if (await limits.TryAcquireAsync(context, FormBudget.Confirmations) is { } wait)
        {
            var retry = new ConfirmSignUpViewModel(token, ConfirmSignUpState.Ready) { RetryMessage = FormErrors.TooSoon(context, wait).Message };
            return await pages.RenderAsync(context, ConfirmView, retry, Text(context)[ConfirmTitleKey], StatusCodes.Status429TooManyRequests);
        }

        var result = await signUps.ConfirmAsync(token, SiteAddress.Of(context.Request, options.Value), context.RequestAborted);
        var state = result switch
        {
            SignUpLinkResult.Done => ConfirmSignUpState.Confirmed,
            SignUpLinkResult.AlreadyDone => ConfirmSignUpState.AlreadyConfirmed,
            _ => ConfirmSignUpState.Invalid,
        };
        return await pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(null, state), Text(context)[ConfirmTitleKey], StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ShowPreferencesAsync(string? token, bool? saved, bool? resubscribed, HttpContext context, SignUpLinkActions signUps, GetInvolvedProvider provider, LibraryPageRenderer pages)
    {
        var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
        if (signUp is null || provider.Get().Value is not { } content)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        var model = Preferences(token!, signUp, GetInvolvedForm.From(signUp).ToFields(PreferencesIdPrefix, content, [], askForEmail: false), saved == true, resubscribed == true);
        return await pages.RenderAsync(context, PreferencesView, model, Text(context)[PreferencesTitleKey]);
    }

    /// <summary>Saves changed choices, then shows them again (303, so refreshing does not post twice).</summary>
    private static async Task<IResult> SavePreferencesAsync(HttpContext context, SignUpLinkActions signUps, GetInvolvedProvider provider, LibraryPageRenderer pages, FormRateLimit limits)
    {
        if (await BoundedForm.ReadAsync(context) is not { } posted)
        {
            return Results.Text(Text(context)["Errors.UnreadablePreferences"], statusCode: StatusCodes.Status400BadRequest);
        }

        var token = BoundedForm.Value(posted, "token");
        var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
        if (signUp is null || provider.Get().Value is not { } content)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        var form = GetInvolvedForm.Read(posted);
        var wait = await limits.TryAcquireAsync(context, FormBudget.Links);
        var errors = wait is { } tooSoon ? [FormErrors.TooSoon(context, tooSoon)] : form.Validate(content, signingUp: false, Text(context));
        if (errors.Count > 0)
        {
            var model = Preferences(token!, signUp, form.ToFields(PreferencesIdPrefix, content, errors, askForEmail: false), saved: false, resubscribed: false);
            return await pages.RenderAsync(context, PreferencesView, model, ErrorTitle(context, PreferencesTitleKey), wait is null ? StatusCodes.Status400BadRequest : StatusCodes.Status429TooManyRequests);
        }

        if (await signUps.UpdatePreferencesAsync(token, form.ToPreferences(), context.RequestAborted) != SignUpLinkResult.Done)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        return BackToPreferences(context, token!, "saved");
    }

    /// <summary>An unsubscribed person, with their own link, starts hearing from us again; then 303 back to the page.</summary>
    private static async Task<IResult> ResubscribeAsync(HttpContext context, SignUpLinkActions signUps, GetInvolvedProvider provider, LibraryPageRenderer pages, FormRateLimit limits)
    {
        var token = await TokenAsync(context);
        var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
        if (signUp is null || provider.Get().Value is not { } content)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        if (await limits.TryAcquireAsync(context, FormBudget.Links) is { } wait)
        {
            return await TooSoonOnPreferencesAsync(context, pages, token!, signUp, content, wait);
        }

        return await signUps.ResubscribeAsync(token, content.ConsentVersion, context.RequestAborted) == SignUpLinkResult.Invalid
            ? await InvalidPreferencesAsync(context, pages)
            : BackToPreferences(context, token!, "resubscribed");
    }

    private static async Task<IResult> EraseAsync(HttpContext context, SignUpLinkActions signUps, GetInvolvedProvider provider, LibraryPageRenderer pages, FormRateLimit limits)
    {
        var token = await TokenAsync(context);
        if (await limits.TryAcquireAsync(context, FormBudget.Links) is { } wait)
        {
            var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
            return signUp is not null && provider.Get().Value is { } content
                ? await TooSoonOnPreferencesAsync(context, pages, token!, signUp, content, wait)
                : await InvalidPreferencesAsync(context, pages);
        }

        var result = await signUps.EraseAsync(token, context.RequestAborted);
        return result == SignUpLinkResult.Done
            ? await pages.RenderAsync(context, PreferencesView, new PreferencesViewModel { State = PreferencesState.Erased }, Text(context)["Preferences.Erased.Title"])
            : await InvalidPreferencesAsync(context, pages);
    }

    private static Task<IResult> TooSoonOnPreferencesAsync(HttpContext context, LibraryPageRenderer pages, string token, SignUp signUp, GetInvolvedContent content, TimeSpan wait)
    {
        var fields = GetInvolvedForm.From(signUp).ToFields(PreferencesIdPrefix, content, [FormErrors.TooSoon(context, wait)], askForEmail: false);
        return pages.RenderAsync(context, PreferencesView, Preferences(token, signUp, fields, saved: false, resubscribed: false), ErrorTitle(context, PreferencesTitleKey), StatusCodes.Status429TooManyRequests);
    }

    private static IResult BackToPreferences(HttpContext context, string token, string flag)
    {
        var page = context.RequestServices.GetRequiredService<SiteLinks>().Path(context, PreferencesRoute, new RouteValueDictionary { ["token"] = token, [flag] = "true" });
        return FormRedirect.SeeOther(context, $"{page}#{PreferencesIdPrefix}-{flag}");
    }

    private static PreferencesViewModel Preferences(string token, SignUp signUp, GetInvolvedFields fields, bool saved, bool resubscribed) => new()
    {
        Token = token,
        State = PreferencesState.Ready,
        Email = signUp.Email,
        Unsubscribed = signUp.Status == SignUpStatus.Unsubscribed,
        Saved = saved,
        Resubscribed = resubscribed,
        Fields = fields,
    };

    private static Task<IResult> InvalidPreferencesAsync(HttpContext context, LibraryPageRenderer pages) =>
        pages.RenderAsync(context, PreferencesView, new PreferencesViewModel { State = PreferencesState.Invalid }, Text(context)[PreferencesTitleKey], StatusCodes.Status400BadRequest);

    private static async Task<IResult> ShowUnsubscribeAsync(string? token, HttpContext context, SignUpLinkActions signUps, LibraryPageRenderer pages)
    {
        var valid = await signUps.IsUnsubscribeLinkValidAsync(token, context.RequestAborted);
        var model = new UnsubscribeViewModel(valid ? token : null, valid ? UnsubscribeState.Ready : UnsubscribeState.Invalid);
        return await pages.RenderAsync(context, UnsubscribeView, model, Text(context)[UnsubscribeTitleKey], StatusFor(!valid));
    }

    /// <summary>The page's button, and RFC 8058 one-click unsubscribe (a mail client's POST to the header's address).</summary>
    private static async Task<IResult> UnsubscribeAsync(HttpContext context, SignUpLinkActions signUps, LibraryPageRenderer pages, FormRateLimit limits)
    {
        var token = await TokenAsync(context);
        if (await limits.TryAcquireAsync(context, FormBudget.Unsubscribes) is { } wait)
        {
            var retry = new UnsubscribeViewModel(token, UnsubscribeState.Ready) { RetryMessage = FormErrors.TooSoon(context, wait).Message };
            return await pages.RenderAsync(context, UnsubscribeView, retry, Text(context)[UnsubscribeTitleKey], StatusCodes.Status429TooManyRequests);
        }

        var result = await signUps.UnsubscribeAsync(token, context.RequestAborted);
        var state = result == SignUpLinkResult.Invalid ? UnsubscribeState.Invalid : UnsubscribeState.Unsubscribed;
        return await pages.RenderAsync(context, UnsubscribeView, new UnsubscribeViewModel(null, state), Text(context)[UnsubscribeTitleKey], StatusFor(state == UnsubscribeState.Invalid));
    }

    /// <summary>The token from the posted form, or from the address (where one-click unsubscribe puts it).</summary>
    private static async Task<string?> TokenAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType && await BoundedForm.ReadAsync(context) is { } form && BoundedForm.Value(form, "token") is { } posted)
        {
            return posted;
        }

        return context.Request.Query["token"];
    }

    /// <summary>The pages' words, in the request's language.</summary>
    private static IStringLocalizer<GetInvolvedText> Text(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<GetInvolvedText>>();

    /// <summary>A page's title when its form has problems, so screen readers say so first.</summary>
    private static string ErrorTitle(HttpContext context, string titleKey) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<PageText>>()["Title.Error", Text(context)[titleKey].Value];

    private static int StatusFor(bool invalid) => invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
