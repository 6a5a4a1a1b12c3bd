using System.Text.Json;
using CoProWidgets.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Embed;

/// <summary>
/// <c>{prefix}/embed-check</c>: whether one origin may show the widgets here, for a site (the WordPress plugin's
/// settings page) to say what to fix before its visitors meet a widget that never arrives. It asks the very host, and
/// so the very organisation, that will serve the widgets. It answers for one origin at a time, as CORS already does,
/// never with the list; it holds nothing personal and nobody may cache it, since the list changes.
/// </summary>
internal static class EmbedCheck
{
    public const string Route = "CoProWidgets.EmbedCheck";

    private const string Refusal =
        """{"error":"Send one origin to check: ?origin=https://www.example.org (scheme, host and port only), or an Origin header."}""";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/embed-check", (Delegate)Answer).WithName(Route);

    private static IResult Answer(HttpContext context)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.AccessControlAllowOrigin = "*";
        headers.Vary = "Origin";

        // The address's value when there is one (a server asking for its site), else the Origin header (a browser
        // asking for its page). Only the normalized origin is ever written back, never what was sent.
        var sent = request.Query.TryGetValue(EmbedEndpoints.OriginParameter, out var query) ? query : request.Headers.Origin;
        if (sent.Count != 1 || EmbedOrigins.Normalize(sent[0]) is not { } origin)
        {
            return Results.Text(Refusal, "application/json; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var services = context.RequestServices;
        var site = SiteAddress.Of(request, services.GetRequiredService<IOptions<CoProWidgetsOptions>>().Value);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("origin", origin);
            json.WriteBoolean("allowed", services.GetRequiredService<EmbedOrigins>().Allows(request, origin));
            json.WriteString("site", site.AbsoluteUri);
            json.WriteEndObject();
        }

        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }
}
