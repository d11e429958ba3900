using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// The phrase matcher rules a word out by the shape of its first word (length, first and last letter) before it looks the
/// word up (issues 10 and 12, parser speed): phrases of every first-word length and first letter must still be found, and
/// nothing else.
/// </summary>
public sealed class PhraseMatcherTests
{
    [Fact]
    public void Finds_phrases_whatever_their_first_word()
    {
        var longWord = new string('x', 70);
        var matcher = new PhraseMatcher(["a b", "chi thi", "9x", longWord + " tail", "ơn huệ"]);
        var text = $"chi thi so a b 9x {longWord} tail ơn huệ xx chi";
        var found = matcher.Matches(text).Select(m => m.Phrase).ToArray();
        Assert.Equal(["chi thi", "a b", "9x", longWord + " tail", "ơn huệ"], found);
    }

    [Fact]
    public void Words_of_another_length_or_letter_are_not_matched()
    {
        var matcher = new PhraseMatcher(["chi thi", "luat"]);
        Assert.Empty(matcher.Matches("chii thi ch thi bchi thi luats xluat"));
        Assert.Equal("luat", matcher.MatchAt("theo luat nay", 5));
        Assert.Null(matcher.MatchAt("theo luat nay", 4));
        Assert.Null(matcher.MatchAt("luat", 4));
    }

    [Fact]
    public void A_word_whose_shape_only_collides_with_a_first_word_is_not_matched()
    {
        // The shape keeps five bits of each: "C" and "c", lengths 4 and 36 share them; the table lookup tells them apart.
        var matcher = new PhraseMatcher(["chi thi", "luat"]);
        var longer = "l" + new string('u', 33) + "at";
        Assert.Empty(matcher.Matches($"Chi thi {longer} Luat"));
        Assert.Equal([(4, 11, "chi thi")], matcher.Matches("the chi thi").ToArray());
    }

    [Fact]
    public void A_phrase_glued_after_digits_is_found_when_asked_for()
    {
        var matcher = new PhraseMatcher(["nghi quyet"], afterDigit: true);
        Assert.Equal([(1, 11, "nghi quyet")], matcher.Matches("6nghi quyet 12").ToArray());
    }

    [Fact]
    public void A_longer_phrase_counts_only_where_it_ends_a_word()
    {
        // Candidates sharing a first word are told apart first by where they would end (issue 12, parser speed).
        var matcher = new PhraseMatcher(["chi thi", "chi thi so", "chi thi so 15"]);
        Assert.Equal([(0, 10, "chi thi so")], matcher.Matches("chi thi so 150").ToArray());
        Assert.Equal([(0, 7, "chi thi")], matcher.Matches("chi thi sox").ToArray());
        Assert.Equal([(4, 17, "chi thi so 15")], matcher.Matches("cac chi thi so 15.").ToArray());
    }

    [Fact]
    public void Only_digits_open_a_glued_phrase_inside_a_word()
    {
        var matcher = new PhraseMatcher(["nghi quyet"], afterDigit: true);
        Assert.Equal([(2, 12, "nghi quyet")], matcher.Matches("12nghi quyet").ToArray());
        Assert.Empty(matcher.Matches("ab12nghi quyet xnghi quyet đnghi quyet"));
        Assert.Empty(new PhraseMatcher(["nghi quyet"]).Matches("6nghi quyet"));
    }

    [Fact]
    public void A_long_text_read_from_its_shared_word_runs_matches_as_scanned()
    {
        // Texts of WordRuns.SharedFrom characters or more are swept word by word from runs found once for the text.
        var typeWords = new PhraseMatcher(["nghi quyet", "chi thi", "chi thi so", "qd"], afterDigit: true);
        var agencies = new PhraseMatcher(["ubnd", "uy ban nhan dan"]);
        var sentence = "can cu chi thi so 15-ct/tw, 6nghi quyet 12 va qd 45/qd-ubnd cua uy ban nhan dan tinh; ab12nghi quyet xchi thi ";
        var text = string.Concat(Enumerable.Repeat(sentence, 8));
        Assert.True(text.Length >= 512);
        // Each sentence alone is short, so scanned: the long text's matches are its matches, sentence after sentence.
        Assert.Equal([(7, 17, "chi thi so"), (29, 39, "nghi quyet"), (46, 48, "qd"), (52, 54, "qd")], typeWords.Matches(sentence).ToArray());
        var expected = Enumerable.Range(0, 8).SelectMany(k => typeWords.Matches(sentence)
            .Select(m => (m.Start + k * sentence.Length, m.End + k * sentence.Length, m.Phrase))).ToArray();
        Assert.Equal(expected, typeWords.Matches(text).ToArray());
        Assert.Equal(16, agencies.Matches(text).Count());
        Assert.Equal(expected, typeWords.Matches(text).ToArray()); // the runs kept for the text, asked again
    }

    [Fact]
    public void A_sweep_goes_on_rightly_where_a_sweep_of_another_text_took_the_runs_meanwhile()
    {
        // The thread keeps one text's runs: a lazy sweep interrupted by a sweep of another long text goes on scanning.
        var matcher = new PhraseMatcher(["chi thi", "nghi quyet"], afterDigit: true);
        var sentence = "theo chi thi 05 va 6nghi quyet 12, chi thia; ";
        var first = string.Concat(Enumerable.Repeat(sentence, 20));
        var second = string.Concat(Enumerable.Repeat("nghi quyet " + sentence, 20));
        var expected = matcher.Matches(first).ToArray();
        Assert.Equal(40, expected.Length);
        var read = new List<(int, int, string)>();
        using (var sweep = matcher.Matches(first).GetEnumerator())
            for (var k = 0; sweep.MoveNext(); k++)
            {
                read.Add(sweep.Current);
                if (k % 7 == 3) Assert.Equal(60, matcher.Matches(second).Count());
            }
        Assert.Equal(expected, read);
    }
}
