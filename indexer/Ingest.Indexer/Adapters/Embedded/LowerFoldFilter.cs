using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Lucene's LowerCaseFilter, optionally followed by its ASCIIFoldingFilter, in one pass over each token through
/// per-character tables built from those very filters. Written by hand because no served filter does both at table
/// speed: every Vietnamese word has a mark, so every token took the folding filter's slow path, and the two filters
/// were about a fifth of the full-text writer's CPU in a bulk load (docs/BENCHMARKS.md, run 20). The output is the
/// filters' own by construction: each table entry is what they make of one character (both work one character at a
/// time), and a token holding a surrogate pair, outside the tables, is handed to the filters' code.
/// </summary>
internal sealed class LowerFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly CharTable _table;
    private char[] _output = new char[64];

    /// <param name="input">The tokenizer's stream.</param>
    /// <param name="fold">true: lower case then ASCII folding (the folded fields); false: lower case only (exact).</param>
    public LowerFoldFilter(TokenStream input, bool fold) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _table = fold ? CharTable.Folded.Value : CharTable.Lower.Value;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        var single = _table.Single;
        var i = 0;
        while (i < length && single[buffer[i]] >= 0) i++;
        if (i == length)
        {
            // Most tokens map character for character: done in place.
            for (var j = 0; j < length; j++) buffer[j] = (char)single[buffer[j]];
            return true;
        }
        for (var j = i; j < length; j++)
            if (single[buffer[j]] == CharTable.Surrogate) { _table.Slow(_term); return true; }
        // A character that becomes several ("æ" → "ae"): the token is written to a second buffer.
        if (_output.Length < length * CharTable.LongestMapping) _output = new char[length * CharTable.LongestMapping];
        var n = 0;
        for (var j = 0; j < length; j++)
        {
            var c = buffer[j];
            var mapped = single[c];
            if (mapped >= 0) _output[n++] = (char)mapped;
            else foreach (var m in _table.Multiple[c]) _output[n++] = m;
        }
        _term.CopyBuffer(_output, 0, n);
        return true;
    }

    /// <summary>The per-character results of the two filters.</summary>
    internal sealed class CharTable
    {
        public const int Surrogate = -2;
        private const int Several = -1;
        /// <summary>The most characters ASCII folding makes of one (Lucene's table: "⑽" → "(10)").</summary>
        public const int LongestMapping = 4;

        public static readonly Lazy<CharTable> Lower = new(() => new CharTable(fold: false));
        public static readonly Lazy<CharTable> Folded = new(() => new CharTable(fold: true));

        /// <summary>Character → its one-character result, <see cref="Several"/> or <see cref="Surrogate"/>.</summary>
        public readonly int[] Single = new int[char.MaxValue + 1];
        public readonly Dictionary<char, char[]> Multiple = [];
        private readonly bool _fold;
        private static readonly CharacterUtils Case = CharacterUtils.GetInstance(LuceneFields.Version);

        private CharTable(bool fold)
        {
            _fold = fold;
            var one = new char[2];
            var folded = new char[LongestMapping * 2];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (char.IsSurrogate((char)c)) { Single[c] = Surrogate; continue; }
                one[0] = (char)c;
                one[1] = '\0';
                Case.ToLower(one, 0, 1);
                if (one[1] != '\0') { Single[c] = Surrogate; continue; } // lower case outside the BMP: the filters decide
                var lower = one[0];
                if (!fold || lower < 0x80) { Single[c] = lower; continue; }
                var n = ASCIIFoldingFilter.FoldToASCII(one, 0, folded, 0, 1);
                if (n > LongestMapping) throw new InvalidOperationException($"ASCII folding makes {n} characters of U+{c:X4}");
                if (n == 1) Single[c] = folded[0];
                else { Single[c] = Several; Multiple[(char)c] = folded[..n]; }
            }
        }

        /// <summary>The filters' own code over a whole token, as they would run it.</summary>
        public void Slow(ICharTermAttribute term)
        {
            Case.ToLower(term.Buffer, 0, term.Length);
            if (!_fold) return;
            var buffer = term.Buffer;
            var length = term.Length;
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] < 0x80) continue;
                var output = new char[length * LongestMapping];
                var n = ASCIIFoldingFilter.FoldToASCII(buffer, 0, output, 0, length);
                term.CopyBuffer(output, 0, n);
                return;
            }
        }
    }
}
