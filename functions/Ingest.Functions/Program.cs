using Ingest.Functions.Hosting;
using Ingest.Functions.Local;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// In Azure the Functions host starts this worker and invokes the [Function] classes in Api/. With --local
// (./ingest.sh run) no Functions host exists (none can be installed here): a small ASP.NET Core host serves
// the same function classes on the same routes, checks the key itself and takes Event Grid deliveries.
var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
var settings = IngestSettings.From(environment, args);
if (args.Contains("--local"))
{
    LocalHost.Create(settings, args).Run();
    return;
}

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddIngest(settings).AddIngestHttp();
builder.Build().Run();
