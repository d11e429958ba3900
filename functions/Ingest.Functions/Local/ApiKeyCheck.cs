using System.Security.Cryptography;
using System.Text;

namespace Ingest.Functions.Local;

/// <summary>
/// The local host's key check, as the Functions host does it in Azure: every request needs the key
/// (x-functions-key header or code query) but health and the web page's files, which are anonymous functions
/// there. Runs after the static files, so unknown routes without a key get 401, with a key 404.
/// </summary>
public static class ApiKeyCheck
{
    public static IApplicationBuilder UseApiKey(this IApplicationBuilder app, string key)
    {
        var expected = Encoding.UTF8.GetBytes(key);
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api/health") || path.StartsWithSegments("/api/web")) { await next(); return; }
            var given = context.Request.Headers["x-functions-key"].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault() ?? "";
            if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected)) { await next(); return; }
            await Results.Problem(title: "A valid key is required", detail: "Send it in the x-functions-key header or the code query parameter.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        });
    }

    /// <summary>The local key: kept in the data folder, made on first run.</summary>
    public static string LocalKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "api-key");
        if (File.Exists(path))
        {
            // A key file from an older version may be readable by everyone: it is the owner's alone.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return File.ReadAllText(path).Trim();
        }
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(dataDirectory);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        // Created 0600 from the start, so there is no moment when another user could read it.
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, new UTF8Encoding(false), options)) writer.Write(key);
        return key;
    }
}
