// Loaded into any .NET process by DOTNET_STARTUP_HOOKS=PATH/gc-counts-hook.dll: at exit it prints to stderr how many
// collections of each generation ran, their total pause, the bytes allocated and the process's CPU time, so that a
// runtime setting (DOTNET_GCgen0size, DOTNET_gcConcurrent) can be compared on the command a user runs, unchanged.
internal static class StartupHook
{
    public static void Initialize() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine(
            $"GC gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)}"
            + $" pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} allocated_mb={GC.GetTotalAllocatedBytes() / 1e6:F0}"
            + $" cpu_s={System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1}");
}
