using Ingest.Cli;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>`plans ingest`'s bound on the bytes of files in flight.</summary>
public sealed class ByteBudgetTests
{
    [Fact]
    public async Task A_taker_waits_until_the_bytes_held_before_it_are_given_back()
    {
        var budget = new ByteBudget(100);
        var first = await budget.TakeAsync(60, CancellationToken.None);
        var second = budget.TakeAsync(60, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_file_larger_than_the_budget_is_let_in_alone()
    {
        var budget = new ByteBudget(100);
        var large = await budget.TakeAsync(1_000, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var small = budget.TakeAsync(1, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(small.IsCompleted);
        large.Dispose();
        (await small.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_taker_holds_nothing()
    {
        var budget = new ByteBudget(100);
        var first = await budget.TakeAsync(100, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = budget.TakeAsync(100, cancel.Token);
        var after = budget.TakeAsync(100, CancellationToken.None);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        first.Dispose();
        (await after.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        (await budget.TakeAsync(100, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }
}
