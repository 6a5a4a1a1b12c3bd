using CoProWidgets.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoProWidgets.Rendering;

/// <summary>
/// Serves the pictures content shows (<c>{prefix}/pictures/surveys/pictures/doctor.png</c>), only PNG, JPEG and WebP
/// files in a <c>pictures</c> folder of the content folder, with headers that stop a browser treating one as anything
/// else, and lets other sites show them in embedded widgets.
/// </summary>
internal static class ContentPictureEndpoint
{
    public const string Route = "CoProWidgets.ContentPicture";

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/pictures/{**path}", Show).WithName(Route).ExcludeFromDescription();

    private static IResult Show(HttpContext context, ContentPictures pictures, string? path)
    {
        if (pictures.Find(path) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.CacheControl = "public, max-age=3600";
        return TypedResults.PhysicalFile(found.File.FullName, found.MediaType, lastModified: found.File.LastWriteTimeUtc);
    }
}

/// <summary>Picture addresses from the endpoint's route name, as paths on this site like the widgets' other links.</summary>
internal sealed class ContentPictureLinks(LinkGenerator links, IOptions<CoProWidgetsOptions> options) : IContentPictureLinks
{
    public string? Address(string path)
    {
        // Content read as the host starts (the widgets' warm-up) can come before the routes are known to the link
        // generator, and is kept until the file changes: then the address is the one MapCoProWidgets gives by default.
        return links.GetPathByName(ContentPictureEndpoint.Route, new { path })
            ?? $"{options.Value.RoutePrefix}/pictures/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}";
    }
}
