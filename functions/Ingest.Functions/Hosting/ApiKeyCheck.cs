using System.Security.Cryptography;
using System.Text;

namespace Ingest.Functions.Hosting;

/// <summary>
/// Refuses requests without the key (x-functions-key header or code query, as the Functions host takes them)
/// when the app holds a key itself (local mode); health needs none. In Azure the host checks function keys
/// before a request reaches the handler, and no key is configured here.
/// </summary>
public static class ApiKeyCheck
{
    public static IApplicationBuilder UseApiKey(this IApplicationBuilder app, string? key)
    {
        if (key is null) return app;
        var expected = Encoding.UTF8.GetBytes(key);
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api/health") || path.StartsWithSegments("/api/web") || !path.StartsWithSegments("/api")) { await next(); return; }
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
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, key);
        return key;
    }
}
