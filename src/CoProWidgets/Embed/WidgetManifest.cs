using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CoProWidgets.Content;
using CoProWidgets.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CoProWidgets.Embed;

/// <summary>
/// <c>{prefix}/widgets.json</c>: every widget kind with its label, the words of its stand-in link, whether it takes a
/// name, and the templates of its own pages, of the embed address and of the embed check, made from the routes themselves. The embed
/// script and the CMS plugins read it, so a new widget reaches them without a line written in their languages. It
/// names nothing personal: any site may read it (CORS *), and it is cached and revalidated by its ETag.
/// </summary>
internal static class WidgetManifest
{
    public const string Route = "CoProWidgets.Manifest";

    /// <summary>The manifest's format; a reader that knows an older one keeps its built-in list.</summary>
    public const int Version = 1;

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/widgets.json", (Delegate)Write).WithName(Route);

    /// <summary>The manifest's bytes for a request's path base (the templates include it).</summary>
    public static byte[] Build(WidgetRegistry widgets, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(widgets);

        // The manifest is data, one file for every visitor and cache (its ETag has no language): the widgets' labels and
        // link words in the library's own British English, whatever language the request asked for.
        var shown = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return Json(widgets, pathBase);
        }
        finally
        {
            CultureInfo.CurrentUICulture = shown;
        }
    }

    private static byte[] Json(WidgetRegistry widgets, PathString pathBase)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            string? Template(string? route) => widgets.Template(route) is { } template ? pathBase + template : null;

            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("namePattern", ContentName.Rule);
            json.WriteString("embed", Template(EmbedEndpoints.Route));
            json.WriteString("embedCheck", Template(EmbedCheck.Route));
            json.WriteStartArray("widgets");
            foreach (var widget in widgets.All)
            {
                json.WriteStartObject();
                json.WriteString("kind", widget.Kind);
                json.WriteString("label", widget.Label);
                json.WriteString("linkText", widget.LinkText);
                json.WriteString("name", widget.Address.Naming.ToString().ToLowerInvariant());
                json.WriteString("page", Template(widget.Address.NamedPage));
                json.WriteString("unnamedPage", Template(widget.Address.UnnamedPage));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static IResult Write(HttpContext context)
    {
        var bytes = Build(context.RequestServices.GetRequiredService<WidgetRegistry>(), context.Request.PathBase);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12))}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
        context.Response.Headers.AccessControlAllowOrigin = "*";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(match => match.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }
}
