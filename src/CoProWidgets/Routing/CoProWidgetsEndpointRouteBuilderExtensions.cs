using CoProWidgets;
using CoProWidgets.Accessibility;
using CoProWidgets.Embed;
using CoProWidgets.Http;
using CoProWidgets.Rendering;
using CoProWidgets.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Routing;

/// <summary>Maps the CoProWidgets endpoints.</summary>
public static class CoProWidgetsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the library's endpoints under <see cref="CoProWidgetsOptions.RoutePrefix"/> (by default <c>/copro</c>).
    /// </summary>
    /// <param name="endpoints">The host's endpoint route builder.</param>
    /// <returns>A convention builder for every CoProWidgets endpoint, to add authorization, rate limits or metadata.</returns>
    public static IEndpointConventionBuilder MapCoProWidgets(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<WidgetHtmlRenderer>() is null)
        {
            throw new InvalidOperationException("CoProWidgets services are missing: call builder.Services.AddCoProWidgets() before app.MapCoProWidgets().");
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value;

        // The sign-up and outcome emails carry links, and embedded forms carry tokens naming this site: outside
        // Development they are made from SiteUrl alone, so a forged Host header can never reach them.
        if (options.SiteUrl is null && !endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            throw new InvalidOperationException(
                "CoProWidgets:SiteUrl is not set. Outside Development it must be the site's public address, for example 'https://www.example.org/': "
                + "the links in sign-up and outcome emails, the Atom feed and the embedded widgets' form tokens are made from it, never from a request's Host header.");
        }

        var group = endpoints.MapGroup(options.RoutePrefix);
        group.AddEndpointFilter(RequestVariant.FilterAsync);
        foreach (var widget in endpoints.ServiceProvider.GetServices<IWidget>())
        {
            widget.Map(group);
        }

        EmbedEndpoints.Map(group);
        ContentPictureEndpoint.Map(group);
        WidgetManifest.Map(group);
        EmbedCheck.Map(group);
        AccessibilityStatementPage.Map(group, options);

        // Endpoints that reveal personal data exist only when the host has said who may use them.
        if (options.StaffPolicy is { Length: > 0 })
        {
            var policies = endpoints.ServiceProvider.GetService<IAuthorizationPolicyProvider>();
            foreach (var (setting, name) in (ReadOnlySpan<(string, string?)>)[("StaffPolicy", options.StaffPolicy), ("PeoplePolicy", options.PeoplePolicy), ("ModerationPolicy", options.ModerationPolicy), ("PublishingPolicy", options.PublishingPolicy)])
            {
                if (name is not null && (policies is null || policies.GetPolicyAsync(name).GetAwaiter().GetResult() is null))
                {
                    throw new InvalidOperationException($"CoProWidgets:{setting} names the authorization policy '{name}', which is not registered. Add it with builder.Services.AddAuthorization(o => o.AddPolicy(\"{name}\", ...)).");
                }
            }

            RequireSignIn(endpoints.ServiceProvider, policies!, options.StaffPolicy);
            StaffEndpoints.Map(group, options);
        }

        return group;
    }

    /// <summary>
    /// Without an authentication scheme to challenge, the first visit to the workspace would be the framework's bare
    /// HTTP 500 ("No authenticationScheme was specified"); say at start-up what the host has to add instead.
    /// </summary>
    private static void RequireSignIn(IServiceProvider services, IAuthorizationPolicyProvider policies, string staffPolicy)
    {
        var policy = policies.GetPolicyAsync(staffPolicy).GetAwaiter().GetResult();
        var schemes = services.GetService<IAuthenticationSchemeProvider>();
        if (policy is { AuthenticationSchemes.Count: 0 } && schemes?.GetDefaultChallengeSchemeAsync().GetAwaiter().GetResult() is null)
        {
            throw new InvalidOperationException(
                $"CoProWidgets:StaffPolicy is '{staffPolicy}', but the site has no sign-in: no authentication scheme is configured, so the staff workspace could not ask anyone to sign in. "
                + "Add one before builder.Build(), for example builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o => o.LoginPath = \"/Account/Login\"), "
                + $"keep the policy (builder.Services.AddAuthorization(o => o.AddPolicy(\"{staffPolicy}\", p => p.RequireRole(\"Staff\")))), and call app.UseAuthentication() and app.UseAuthorization() before app.MapCoProWidgets(). "
                + "Or leave CoProWidgets:StaffPolicy unset to run without the staff workspace.");
        }
    }
}
