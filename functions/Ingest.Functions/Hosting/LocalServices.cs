using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Hosting;

/// <summary>Wires the embedded adapters once at start: a folder of blobs, one SQLite index, local extraction.</summary>
public static class LocalServices
{
    public static IServiceCollection AddIngest(this IServiceCollection services, IngestSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        var parser = new PlanParser();
        var index = new SqlitePlanIndex(Path.Combine(settings.DataDirectory, "index.db"), parser);
        var blobs = new FileSystemBlobStore(Path.Combine(settings.DataDirectory, "blobs"));
        services.AddSingleton(settings);
        services.AddSingleton(parser);
        services.AddSingleton<ISearchIndex>(index);
        services.AddSingleton<IReferenceGraph>(index);
        services.AddSingleton<IPlanCatalog>(index);
        services.AddSingleton(index);
        services.AddSingleton<IBlobStore>(blobs);
        services.AddSingleton(new PlanIngestion(blobs, new LocalTextExtractor(), new PlanPreparer(parser), index));
        return services;
    }
}
