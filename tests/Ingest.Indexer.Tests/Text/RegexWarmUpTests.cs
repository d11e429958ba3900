using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>The warm-up runs a pattern once and never fails its caller, even when that one match runs out of time.</summary>
public sealed class RegexWarmUpTests
{
    [Fact]
    public void A_warm_up_that_runs_out_of_time_is_ignored()
    {
        var runaway = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
        Assert.Throws<RegexMatchTimeoutException>(() => runaway.Match(new string('a', 40) + "!"));
        RegexWarmUp.Run(runaway, new string('a', 40) + "!");
    }
}
