using CoProWidgets.Email;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The get-involved sign-up: <c>get-involved.md</c>, its form, and the pages the links in sign-up emails open.
/// </summary>
internal sealed class GetInvolvedWidget(
    GetInvolvedProvider provider,
    SignUpJourney signUps,
    FormRateLimit limits,
    SiteLinks links,
    CoProWidgetsMetrics metrics,
    IOptions<CoProWidgetsOptions> options,
    IStringLocalizer<GetInvolvedText> text,
    IStringLocalizer<PageText> pageText)
    : IWidget, IWidgetForm
{
    public const string SignUpRoute = "CoProWidgets.GetInvolved";
    public const string SignUpView = "~/Views/CoProWidgets/GetInvolved/SignUp.cshtml";
    private const string ConsentMethod = "web form, consent box ticked";

    public string Kind => "get-involved";

    public string Label => text["Widget.Label"];

    public string LinkText => text["Widget.LinkText"];

    public WidgetAddress Address { get; } = WidgetAddress.Unnamed(SignUpRoute);

    public IReadOnlyList<Type> TagHelpers { get; } = [typeof(GetInvolvedTagHelper)];

    // Made on each use, so its label is in the language of the page that shows it.
    public WidgetFiles Files => new(
        text["Widget.Files"],
        () => provider.Exists ? [null] : [],
        _ => GetInvolvedContent.Path,
        _ => ContentState.Of(provider.Get()));

    public IWidgetForm? Form => this;

    string IWidgetForm.PageView => SignUpView;

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<GetInvolvedProvider>();
        services.TryAddSingleton<SignUpTokens>();
        services.TryAddSingleton<SignUpEmails>();
        services.TryAddSingleton<SignUpEmailLinks>();
        services.TryAddSingleton<UnaskedEmails>();
        services.TryAddSingleton<SignUpJourney>();
        services.TryAddSingleton<SignUpLinkActions>();
        services.TryAddSingleton<SignUpErasure>();
        services.TryAddSingleton<NewLinkRequests>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxRecipients, SignUpRecipients>());
        services.AddHostedService(provider => provider.GetRequiredService<NewLinkRequests>());
    }

    public WidgetCall? Call(string? name, int? headingLevel) =>
        name is null ? new(this, null, typeof(GetInvolvedViewComponent), new GetInvolvedArguments(headingLevel)) : null;

    public string? Title(string? name) => provider.Get().Value?.Title;

    public void Map(RouteGroupBuilder group) => GetInvolvedEndpoints.Map(group, this);

    public void WarmUp()
    {
        if (provider.Exists)
        {
            provider.Get();
        }
    }

    public object? PageModel(string? name) => null;

    /// <summary>
    /// The sign-up form's post. Problems show the form again with what was sent; a sign-up is done, and the widget then
    /// says to check your email. Whether the address was new, pending or already confirmed, the answer is the same.
    /// </summary>
    public async Task<FormOutcome> PostAsync(HttpContext context, string? name)
    {
        if (provider.Get().Value is not { } content)
        {
            return new FormOutcome.Refused(Results.NotFound());
        }

        if (await BoundedForm.ReadAsync(context) is not { } posted)
        {
            return new FormOutcome.Refused(Results.Text(text["Errors.UnreadableSignUp"], statusCode: StatusCodes.Status400BadRequest));
        }

        var returnUrl = FormRedirect.LocalUrl(BoundedForm.Value(posted, "return")) ?? links.Path(context, SignUpRoute);
        var form = GetInvolvedForm.Read(posted);
        var wait = await limits.TryAcquireAsync(context, FormBudget.SignUps);
        IReadOnlyList<FormError> errors = wait is { } tooSoon
            ? [FormErrors.TooSoon(context, tooSoon)]
            : await FormGuard.IsValidAsync(context, posted)
                ? form.Validate(content, signingUp: true, text)
                : [new FormError(string.Empty, text["Errors.ExpiredCheckAnswers"])];
        if (errors.Count > 0)
        {
            new GetInvolvedSubmission(form, errors, returnUrl).AttachTo(context);
            return new FormOutcome.ShowAgain(wait is null ? StatusCodes.Status400BadRequest : StatusCodes.Status429TooManyRequests, pageText["Title.Error", content.Title]);
        }

        // A robot gets the same answer as a person, so it has no reason to try again, and nothing is stored.
        if (!form.IsRobot)
        {
            await signUps.SubmitAsync(form.ToRequest(content.ConsentVersion, ConsentMethod), SiteAddress.Of(context.Request, options.Value), context.RequestAborted);
            metrics.SignUps.Add(1);
        }

        return new FormOutcome.Done(
            posted,
            returnUrl,
            GetInvolvedViewComponent.SentParameter,
            GetInvolvedViewComponent.SentValue,
            "sent",
            context => new GetInvolvedSubmission(new GetInvolvedForm(), [], returnUrl) { Sent = true }.AttachTo(context));
    }
}

/// <summary>The get-involved widget's view component arguments.</summary>
/// <param name="HeadingLevel">The level of the widget's title heading, 1 to 5, or null for the default.</param>
internal sealed record GetInvolvedArguments(int? HeadingLevel);
