using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Email;

/// <summary>
/// Renders an email from a Razor view, which a host overrides like any library view, by placing a file at the same
/// path (for example <c>Views/CoProWidgets/Emails/ConfirmSignUp.cshtml</c>). The view writes the HTML body and sets
/// <c>ViewData["Subject"]</c>; the plain-text body is made from the HTML, so the two always say the same thing.
/// Emails are rendered when they are queued, inside or outside a request.
/// </summary>
internal sealed class EmailTemplates(IServiceScopeFactory scopes, IModelMetadataProvider metadata)
{
    public const string SubjectKey = "Subject";
    private const int MaxSubjectLength = 200;

    public async Task<EmailMessage> RenderAsync(string kind, string viewPath, object model, string to, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var engine = scope.ServiceProvider.GetRequiredService<ICompositeViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath, isMainPage: true).EnsureSuccessful(originalLocations: null).View!;

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = model };
        var context = EndpointViewContext.Create(httpContext, view, viewData, writer);
        await view.RenderAsync(context);

        // A typed view works on its own copy of the view data, which the context holds once it has rendered.
        var subject = (context.ViewData[SubjectKey] as string)?.Trim();
        if (string.IsNullOrEmpty(subject) || subject.Length > MaxSubjectLength || subject.Any(char.IsControl))
        {
            throw new InvalidOperationException($"The email view {viewPath} must set ViewData[\"{SubjectKey}\"] to a subject of one line, at most {MaxSubjectLength} characters.");
        }

        var html = writer.ToString();
        return new EmailMessage(kind, to, subject, PlainText.FromHtml(html), html);
    }
}
