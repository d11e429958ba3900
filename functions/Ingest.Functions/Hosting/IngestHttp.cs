using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Functions.Api;

namespace Ingest.Functions.Hosting;

/// <summary>What both hosts need to serve the functions: JSON as the API writes it, problem details, the function classes.</summary>
public static class IngestHttp
{
    /// <summary>The function classes, each one route or trigger; the Functions host activates them itself, the local host from here.</summary>
    public static readonly Type[] FunctionTypes =
    [
        typeof(HealthFunction), typeof(UploadPlanFunction), typeof(GetPlanFunction), typeof(SearchFunction), typeof(CitesFunction),
        typeof(TraceFunction), typeof(DeadlinesFunction), typeof(ReportsFunction), typeof(OriginalFunction), typeof(WebPageFunction),
        typeof(IngestPlanFunction), typeof(SuggestFunction), typeof(CitingPlansFunction), typeof(CalendarFunction),
    ];

    public static IServiceCollection AddIngestHttp(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        foreach (var type in FunctionTypes) services.AddTransient(type);
        return services;
    }
}
