using System.Globalization;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A process's start time as another process reads it may be a second off (the boot time is derived from the clock at
/// each reading): a live owner must not be taken for dead for that, or its running tools are killed as orphans.
/// </summary>
public sealed class ProcessOwnerTests
{
    private static (int Pid, long Ticks) Current()
    {
        var parts = ProcessOwner.Current.Split('_');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(2)]
    public void A_live_process_read_a_second_or_two_off_is_alive(long off)
    {
        var (pid, ticks) = Current();
        Assert.True(ProcessOwner.IsAlive($"{pid}_{ticks + off}"));
    }

    [Fact]
    public void A_process_id_that_started_long_after_the_owner_is_another_process()
    {
        var (pid, ticks) = Current();
        Assert.False(ProcessOwner.IsAlive($"{pid}_{ticks - 3600}"));
    }
}
