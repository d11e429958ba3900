using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// allocation-report TRACE.nettrace [ROWS]: sums the allocation ticks of a `dotnet-trace --profile gc-verbose` trace
// (one tick about every 100 KB allocated, with its stack) by the nearest Ingest frame, by type at that frame, and by
// the chain of the three nearest Ingest frames. Written here because dotnet-trace's own report lists CPU samples only.
var path = args[0];
var rows = args.Length > 1 ? int.Parse(args[1]) : 40;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(path));
var byFrame = new Dictionary<string, long>();
var byTypeAtFrame = new Dictionary<string, long>();
var byChain = new Dictionary<string, long>();
long total = 0;
foreach (var e in log.Events)
{
    if (e is not GCAllocationTickTraceData tick) continue;
    total += tick.AllocationAmount64;
    var chain = new List<string>();
    for (var frame = e.CallStack(); frame is not null && chain.Count < 3; frame = frame.Caller)
        if (frame.CodeAddress.FullMethodName is { } m && m.StartsWith("Ingest.", StringComparison.Ordinal))
            chain.Add(m.Split('(')[0]);
    var nearest = chain.Count > 0 ? chain[0] : "(no Ingest frame)";
    Add(byFrame, nearest, tick.AllocationAmount64);
    Add(byTypeAtFrame, tick.TypeName + " @ " + nearest, tick.AllocationAmount64);
    Add(byChain, string.Join(" < ", chain), tick.AllocationAmount64);
}
Console.WriteLine($"total sampled {total / 1e6:F1} MB");
Print("by nearest Ingest frame", byFrame);
Print("by type @ nearest Ingest frame", byTypeAtFrame);
Print("by the three nearest Ingest frames", byChain);

void Print(string title, Dictionary<string, long> sums)
{
    Console.WriteLine($"## {title}");
    foreach (var (key, bytes) in sums.OrderByDescending(p => p.Value).Take(rows))
        Console.WriteLine($"{bytes / 1e6,8:F1} MB {100.0 * bytes / total,5:F1}%  {key}");
}

static void Add(Dictionary<string, long> sums, string key, long bytes) => sums[key] = sums.GetValueOrDefault(key) + bytes;
