using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Organisations;

/// <summary>
/// Chooses the organisation of each request, by its host name or else by the path <c>/o/{slug}</c>, and hands the
/// request to that organisation's shell with the shell's services. What the shell does not answer (the host's own
/// pages, static files) comes back to the host's pipeline with the host's services again.
/// </summary>
internal sealed class OrganisationDispatch(RequestDelegate next, OrganisationDirectory directory, OrganisationShells shells, IOptions<WidgetHostOptions> options)
{
    private static readonly object s_state = new();

    /// <summary>Paths the host answers itself on every host name: accounts, administration, health, the error page, static files.</summary>
    private static readonly string[] s_hostPaths = ["/account", "/admin", "/health", "/error", "/_content", "/css", "/favicon.ico"];

    public static Organisation? OrganisationOf(HttpContext context) => (context.Items[s_state] as State)?.Organisation;

    public static string HostPathBase(HttpContext context) => context.Items[s_state] is State state ? state.PathBase : context.Request.PathBase.Value ?? "";

    public async Task InvokeAsync(HttpContext context)
    {
        var (organisation, slugPath) = await FindAsync(context);
        if (organisation is null || s_hostPaths.Any(path => context.Request.Path.StartsWithSegments(path)))
        {
            if (organisation is not null)
            {
                context.Items[s_state] = new State(organisation, context.Request.PathBase, context.Request.Path, context.RequestServices, next);
            }

            await next(context);
            return;
        }

        var shell = await shells.GetAsync(organisation, context.RequestAborted);
        var state = new State(organisation, context.Request.PathBase, context.Request.Path, context.RequestServices, next);
        context.Items[s_state] = state;
        if (slugPath is { } prefix && context.Request.Path.StartsWithSegments(prefix, out var rest))
        {
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = rest;
        }

        await using var scope = shell.Services.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await shell.Pipeline(context);
        }
        finally
        {
            context.RequestServices = state.Services;
            context.Request.PathBase = state.PathBase;
            context.Request.Path = state.Path;
        }
    }

    /// <summary>The end of every shell's pipeline: the host's own pipeline goes on, with its own services and paths.</summary>
    public static Task ContinueInHost(HttpContext context)
    {
        // The paths stay as the shell saw them, so the host's page for an organisation chosen by path (its landing
        // page at /o/{slug}/) links within that path; they are put back when the request leaves the dispatcher.
        var state = (State)context.Items[s_state]!;
        context.RequestServices = state.Services;
        context.SetEndpoint(null);
        return state.Next(context);
    }

    private async Task<(Organisation? Organisation, PathString? SlugPath)> FindAsync(HttpContext context)
    {
        await directory.RefreshAsync(force: false, context.RequestAborted);
        if (directory.FindByHost(context.Request.Host.Host) is { } byHost)
        {
            return (byHost, null);
        }

        var prefix = new PathString(options.Value.PathPrefix);
        if (!context.Request.Path.StartsWithSegments(prefix, out var rest))
        {
            return (null, null);
        }

        var slug = rest.Value?.Split('/', 3) is [_, var first, ..] ? first : null;
        return slug is not null && directory.FindBySlug(slug) is { } bySlug ? (bySlug, prefix.Add("/" + slug)) : (null, null);
    }

    private sealed record State(Organisation Organisation, PathString PathBase, PathString Path, IServiceProvider Services, RequestDelegate Next);
}
