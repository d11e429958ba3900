using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.FileProviders;

namespace Ingest.Functions.Api;

/// <summary>
/// GET /api/web/{path}: the web page's static files (wwwroot beside the binaries). Anonymous: the files hold no
/// data; the page sends the key with every API call. The physical file provider refuses paths that leave wwwroot.
/// </summary>
public sealed class WebPageFunction
{
    private static readonly PhysicalFileProvider Files = new(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
    private static readonly FileExtensionContentTypeProvider Types = new();

    [Function("WebPage")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "web/{*path}")] HttpRequest request, string? path)
    {
        // The page's links are relative: /api/web must become /api/web/ or app.js would resolve to /api/app.js.
        if (string.IsNullOrEmpty(path) && !(request.Path.Value ?? "").EndsWith('/'))
            return Results.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
        var file = Files.GetFileInfo(string.IsNullOrEmpty(path) ? "index.html" : path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null) return Results.Problem(title: "No such page", statusCode: 404);
        return Results.File(file.PhysicalPath, Types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream");
    }
}
