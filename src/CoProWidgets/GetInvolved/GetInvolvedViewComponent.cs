using CoProWidgets.Http;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace CoProWidgets.GetInvolved;

/// <summary>
/// The get-involved widget as a view component: <c>@await Component.InvokeAsync("CoProGetInvolved")</c>. Its view is
/// <c>Views/Shared/Components/CoProGetInvolved/Default.cshtml</c>; a host overrides it by placing a file at that path.
/// </summary>
[ViewComponent(Name = ComponentName)]
public sealed class GetInvolvedViewComponent : WidgetViewComponent
{
    /// <summary>The view component's name, <c>CoProGetInvolved</c>.</summary>
    public const string ComponentName = "CoProGetInvolved";

    /// <summary>The query parameter that, after signing up, makes the widget say to check your email.</summary>
    public const string SentParameter = "copro-get-involved";

    /// <summary>The value of <see cref="SentParameter"/> after signing up.</summary>
    public const string SentValue = "sent";

    /// <summary>Renders the sign-up form from <c>get-involved.md</c>, or the "check your email" message after it is sent.</summary>
    /// <param name="headingLevel">The level of the widget's title heading, 1 to 5; by default <see cref="CoProWidgetsOptions.DefaultHeadingLevel"/>.</param>
    public IViewComponentResult Invoke(int? headingLevel = null)
    {
        if (!TryContent(Service<GetInvolvedProvider>().Get(), out var content, out var instead))
        {
            return instead;
        }

        // After a post with problems, the library's page shows the widget again with what was sent.
        var submission = GetInvolvedSubmission.Of(HttpContext);
        var form = submission?.Form ?? new GetInvolvedForm();
        var id = NextId();
        var level = HeadingLevel(headingLevel);
        var model = new GetInvolvedViewModel
        {
            Id = id,
            Title = content.Title,
            HeadingLevel = level,
            Body = content.Body(level),
            Consent = content.Consent,
            ConsentVersion = content.ConsentVersion,
            ConsentGiven = form.Consent,
            PrivacyUrl = content.PrivacyUrl,
            Action = FormAction(Link(GetInvolvedWidget.SignUpRoute)),
            ReturnUrl = submission?.ReturnUrl ?? FormRedirect.ThisPage(Request, SentParameter),
            Antiforgery = AntiforgeryField(),
            Sent = submission?.Sent ?? Request.Query[SentParameter] == SentValue,
            Fields = form.ToFields(id, content, submission?.Errors ?? []),
        };
        return Widget(model);
    }
}
