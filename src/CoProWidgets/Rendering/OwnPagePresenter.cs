using CoProWidgets.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoProWidgets.Rendering;

/// <summary>
/// Answers a widget's form posted from this site's own pages: problems and next steps show the widget again on the
/// library's page (in the host's layout), and a finished form redirects (303) back to the page it was on.
/// </summary>
internal static class OwnPagePresenter
{
    public static async Task<IResult> PostAsync(HttpContext context, IWidgetForm form, string? name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        return await form.PostAsync(context, name) switch
        {
            FormOutcome.ShowAgain again => await context.RequestServices.GetRequiredService<LibraryPageRenderer>()
                .RenderAsync(context, form.PageView, form.PageModel(name), again.Title, again.Status),
            FormOutcome.Done done => FormRedirect.BackToPage(context, done.Posted, done.ReturnUrl, done.Flag, done.Value, done.FragmentSuffix),
            FormOutcome.Refused refused => refused.Result,
            var outcome => throw new InvalidOperationException($"Unknown form outcome {outcome}."),
        };
    }
}
