using CoProWidgets.Embed;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
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
    private const string SignUpView = "~/Views/CoProWidgets/GetInvolved/SignUp.cshtml";
    private const string ConsentMethod = "web form, consent box ticked";
    private const string ConfirmView = "~/Views/CoProWidgets/GetInvolved/Confirm.cshtml";
    private const string ConfirmTitle = "Confirm you want to get involved";
    private const string PreferencesView = "~/Views/CoProWidgets/GetInvolved/Preferences.cshtml";
    private const string PreferencesTitle = "Your choices";
    private const string PreferencesIdPrefix = "copro-preferences";
    private const string UnsubscribeView = "~/Views/CoProWidgets/GetInvolved/Unsubscribe.cshtml";
    private const string UnsubscribeTitle = "Stop hearing from us";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/get-involved", ShowSignUpAsync).WithName("CoProWidgets.GetInvolved");
        FormRateLimit.Apply(group.MapPost("/get-involved", SignUpAsync).DisableAntiforgery());
        group.MapGet("/get-involved/confirm", ShowConfirmAsync).WithName("CoProWidgets.ConfirmSignUp");
        FormRateLimit.Apply(group.MapPost("/get-involved/confirm", ConfirmAsync).DisableAntiforgery());
        group.MapGet("/get-involved/preferences", ShowPreferencesAsync).WithName("CoProWidgets.Preferences");
        FormRateLimit.Apply(group.MapPost("/get-involved/preferences", SavePreferencesAsync).DisableAntiforgery());
        FormRateLimit.Apply(group.MapPost("/get-involved/erase", EraseAsync).DisableAntiforgery());
        group.MapGet("/get-involved/unsubscribe", ShowUnsubscribeAsync).WithName("CoProWidgets.Unsubscribe");
        FormRateLimit.Apply(group.MapPost("/get-involved/unsubscribe", UnsubscribeAsync).DisableAntiforgery());
    }

    /// <summary>The sign-up form on a page of its own.</summary>
    private static Task<IResult> ShowSignUpAsync(HttpContext context, GetInvolvedProvider provider, LibraryPageRenderer pages)
    {
        var content = provider.Get().Value;
        return pages.RenderAsync(context, SignUpView, model: null, content?.Title ?? "Get involved", content is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    /// <summary>
    /// The form's plain POST. Problems show the form again, on the library's page, with what was sent; a sign-up
    /// redirects (303) back to the page the form was on, which then says to check your email. Whether the address was
    /// new, pending or already confirmed, the answer is the same. Posted from another site (the embed endpoint), the
    /// answer is the widget itself, in the same states.
    /// </summary>
    internal static async Task<IResult> SignUpAsync(
        HttpContext context,
        GetInvolvedProvider provider,
        SignUpService signUps,
        LibraryPageRenderer pages,
        IOptions<CoProWidgetsOptions> options)
    {
        if (provider.Get().Value is not { } content)
        {
            return Results.NotFound();
        }

        if (await BoundedForm.ReadAsync(context) is not { } posted)
        {
            return Results.Text("The form could not be read: send it from the sign-up page.", statusCode: StatusCodes.Status400BadRequest);
        }

        var request = context.Request;
        var returnUrl = FormRedirect.LocalUrl(BoundedForm.Value(posted, "return")) ?? $"{request.PathBase}{options.Value.RoutePrefix}/get-involved";
        var form = GetInvolvedForm.Read(posted);
        var embed = EmbedContext.Of(context);
        IReadOnlyList<FormError> errors = await FormGuard.IsValidAsync(context, posted)
            ? form.Validate(content, signingUp: true)
            : [new FormError(string.Empty, "This page was open for too long, or your browser blocked a cookie it needs. Check your answers and send the form again.")];
        if (errors.Count > 0)
        {
            new GetInvolvedSubmission(form, errors, returnUrl).AttachTo(context);
            return embed is null
                ? await pages.RenderAsync(context, SignUpView, model: null, $"Error: {content.Title}", StatusCodes.Status400BadRequest)
                : await EmbedEndpoints.ShowAsync(context, StatusCodes.Status400BadRequest);
        }

        // A robot gets the same answer as a person, so it has no reason to try again, and nothing is stored.
        if (!form.IsRobot)
        {
            await signUps.SubmitAsync(form.ToRequest(content.ConsentVersion, ConsentMethod), SiteAddress.Of(request, options.Value), context.RequestAborted);
        }

        if (embed is { Mode: EmbedMode.Script })
        {
            new GetInvolvedSubmission(new GetInvolvedForm(), [], returnUrl) { Sent = true }.AttachTo(context);
            return await EmbedEndpoints.ShowAsync(context, StatusCodes.Status200OK);
        }

        // A frame's page to return to is the frame document itself.
        return FormRedirect.BackToPage(context, posted, returnUrl, GetInvolvedViewComponent.SentParameter, GetInvolvedViewComponent.SentValue, "sent");
    }

    private static Task<IResult> ShowConfirmAsync(string? token, HttpContext context, SignUpTokens tokens, LibraryPageRenderer pages)
    {
        var state = tokens.TryRead(SignUpLinkPurpose.Confirm, token, out _, out _) ? ConfirmSignUpState.Ready : ConfirmSignUpState.Invalid;
        return pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(token, state), ConfirmTitle, StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, SignUpService signUps, LibraryPageRenderer pages, IOptions<CoProWidgetsOptions> options)
    {
        var result = await signUps.ConfirmAsync(await TokenAsync(context), SiteAddress.Of(context.Request, options.Value), context.RequestAborted);
        var state = result switch
        {
            SignUpLinkResult.Done => ConfirmSignUpState.Confirmed,
            SignUpLinkResult.AlreadyDone => ConfirmSignUpState.AlreadyConfirmed,
            _ => ConfirmSignUpState.Invalid,
        };
        return await pages.RenderAsync(context, ConfirmView, new ConfirmSignUpViewModel(null, state), ConfirmTitle, StatusFor(state == ConfirmSignUpState.Invalid));
    }

    private static async Task<IResult> ShowPreferencesAsync(string? token, bool? saved, HttpContext context, SignUpService signUps, GetInvolvedProvider provider, LibraryPageRenderer pages)
    {
        var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
        if (signUp is null || provider.Get().Value is not { } content)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        var model = Preferences(token!, signUp, GetInvolvedForm.From(signUp).ToFields(PreferencesIdPrefix, content, [], askForEmail: false), saved == true);
        return await pages.RenderAsync(context, PreferencesView, model, PreferencesTitle);
    }

    /// <summary>Saves changed choices, then shows them again (303, so refreshing does not post twice).</summary>
    private static async Task<IResult> SavePreferencesAsync(HttpContext context, SignUpService signUps, GetInvolvedProvider provider, LibraryPageRenderer pages)
    {
        if (await BoundedForm.ReadAsync(context) is not { } posted)
        {
            return Results.Text("The form could not be read: send it from the preferences page.", statusCode: StatusCodes.Status400BadRequest);
        }

        var token = BoundedForm.Value(posted, "token");
        var signUp = await signUps.FindManagedAsync(token, context.RequestAborted);
        if (signUp is null || provider.Get().Value is not { } content)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        var form = GetInvolvedForm.Read(posted);
        var errors = form.Validate(content, signingUp: false);
        if (errors.Count > 0)
        {
            var model = Preferences(token!, signUp, form.ToFields(PreferencesIdPrefix, content, errors, askForEmail: false), saved: false);
            return await pages.RenderAsync(context, PreferencesView, model, $"Error: {PreferencesTitle}", StatusCodes.Status400BadRequest);
        }

        if (await signUps.UpdatePreferencesAsync(token, form.ToPreferences(), context.RequestAborted) != SignUpLinkResult.Done)
        {
            return await InvalidPreferencesAsync(context, pages);
        }

        var saved = QueryHelpers.AddQueryString($"{context.Request.PathBase}{context.Request.Path}", new Dictionary<string, string?> { ["token"] = token, ["saved"] = "true" });
        return FormRedirect.SeeOther(context, $"{saved}#{PreferencesIdPrefix}-saved");
    }

    private static async Task<IResult> EraseAsync(HttpContext context, SignUpService signUps, LibraryPageRenderer pages)
    {
        var result = await signUps.EraseAsync(await TokenAsync(context), context.RequestAborted);
        return result == SignUpLinkResult.Done
            ? await pages.RenderAsync(context, PreferencesView, new PreferencesViewModel { State = PreferencesState.Erased }, "Your details are deleted")
            : await InvalidPreferencesAsync(context, pages);
    }

    private static PreferencesViewModel Preferences(string token, SignUp signUp, GetInvolvedFields fields, bool saved) => new()
    {
        Token = token,
        State = PreferencesState.Ready,
        Email = signUp.Email,
        Unsubscribed = signUp.Status == SignUpStatus.Unsubscribed,
        Saved = saved,
        Fields = fields,
    };

    private static Task<IResult> InvalidPreferencesAsync(HttpContext context, LibraryPageRenderer pages) =>
        pages.RenderAsync(context, PreferencesView, new PreferencesViewModel { State = PreferencesState.Invalid }, PreferencesTitle, StatusCodes.Status400BadRequest);

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
        if (context.Request.HasFormContentType && await BoundedForm.ReadAsync(context) is { } form && BoundedForm.Value(form, "token") is { } posted)
        {
            return posted;
        }

        return context.Request.Query["token"];
    }

    private static int StatusFor(bool invalid) => invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
