using Microsoft.Extensions.Options;

namespace CoProWidgets.Host.Accounts;

/// <summary>
/// Addresses of the host's own pages for links that leave the site (invitations), made from
/// <see cref="WidgetHostOptions.PublicUrl"/> and never from a request's Host header, which a sender can choose.
/// </summary>
internal sealed class HostLinks(IOptions<WidgetHostOptions> options, IHostEnvironment environment)
{
    /// <summary>Where `dotnet run` serves the host in Development (Properties/launchSettings.json).</summary>
    public static readonly Uri DevelopmentUrl = new("http://localhost:5180/");

    /// <summary>The host's public address, or null when it is not set outside Development.</summary>
    public Uri? PublicUrl => options.Value.PublicUrl ?? (environment.IsDevelopment() ? DevelopmentUrl : null);

    public const string MissingPublicUrl = "Set WidgetHost:PublicUrl (environment variable WidgetHost__PublicUrl) to the host's public address, such as https://widgets.example.org/, so invitation links point to it.";

    public string InvitationLink(string token)
    {
        var root = PublicUrl ?? throw new InvalidOperationException(MissingPublicUrl);
        var baseUrl = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(baseUrl, "account/invitation?token=" + Uri.EscapeDataString(token)).AbsoluteUri;
    }
}
