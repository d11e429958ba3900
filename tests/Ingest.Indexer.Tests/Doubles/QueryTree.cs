using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// A search query as the double evaluates it against one stored document. Text analysis is the double's
/// stand-in: words are runs of letters and digits; *Folded fields compare folded words (marks and đ away),
/// the others lower-case words with their marks. A term needs all its words in one field (searchMode=all), a
/// phrase its words at consecutive positions (or within the slop, in order), a prefix and a fuzzy term are
/// only lower-cased, as the service documents for partial terms. An excluded clause means "and not", and a
/// query of exclusions only means "everything but", as the service reads '-' and NOT.
/// </summary>
internal static partial class QueryTree
{
    public enum Occur { Must, Should, MustNot }

    // Words as the standard tokenizer (Unicode word boundaries) cuts them: letters, digits and '_', kept whole
    // across '.', ':' or an apostrophe between letters ("U.B.N.D") and '.', ',' or ';' between digits ("1.500").
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[:.'’·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*")]
    private static partial Regex Word();

    /// <summary>The fields a clause without its own field searches, their weights, and a token cache.</summary>
    public sealed class Context(IReadOnlyList<string> fields, IReadOnlyDictionary<string, double> weights)
    {
        private readonly Dictionary<(JsonObject, string), List<string>> _tokens = new();
        public IReadOnlyList<string> Fields => fields;
        public double Weight(string field) => weights.GetValueOrDefault(field, 1);

        public List<string> Tokens(JsonObject doc, string field)
        {
            if (!_tokens.TryGetValue((doc, field), out var tokens))
                _tokens[(doc, field)] = tokens = Analyze(doc[field]?.ToString() ?? "", field);
            return tokens;
        }
    }

    public static List<string> Analyze(string text, string field) =>
        Word().Matches(text).Select(m => Norm(m.Value, field.EndsWith("Folded", StringComparison.Ordinal))).ToList();

    public static string Norm(string word, bool folded) => folded ? TextFolding.FoldLoose(word) : word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public abstract record Node
    {
        /// <summary>Whether the document matches, and its score from the clauses that are not excluded.</summary>
        public abstract (bool Match, double Score) Evaluate(JsonObject doc, Context context);

        /// <summary>The leaves a hit is highlighted by (those not under an exclusion).</summary>
        public virtual IEnumerable<Leaf> Positive() => [];
    }

    public sealed record Bool(IReadOnlyList<(Occur Occur, Node Node)> Clauses) : Node
    {
        public override (bool, double) Evaluate(JsonObject doc, Context context)
        {
            var score = 0.0;
            var required = 0;
            var anyShould = false;
            var shouldMatched = false;
            foreach (var (occur, node) in Clauses)
            {
                var (match, s) = node.Evaluate(doc, context);
                switch (occur)
                {
                    case Occur.Must: required++; if (!match) return (false, 0); score += s; break;
                    case Occur.MustNot: required++; if (match) return (false, 0); break;
                    default: anyShould = true; if (match) { shouldMatched = true; score += s; } break;
                }
            }
            // No clause at all matches nothing; alternatives alone need one of them.
            if (Clauses.Count == 0) return (false, 0);
            return (required > 0 || !anyShould || shouldMatched, score);
        }

        public override IEnumerable<Leaf> Positive() => Clauses.Where(c => c.Occur != Occur.MustNot).SelectMany(c => c.Node.Positive());
    }

    public abstract record Leaf(string? Field) : Node
    {
        public override (bool, double) Evaluate(JsonObject doc, Context context)
        {
            var score = 0.0;
            var match = false;
            foreach (var field in Field is null ? context.Fields : [Field])
            {
                var n = Count(context.Tokens(doc, field), field.EndsWith("Folded", StringComparison.Ordinal));
                if (n == 0) continue;
                match = true;
                score += context.Weight(field) * (1 + Math.Log(n));
            }
            return (match, score);
        }

        public override IEnumerable<Leaf> Positive() => [this];

        /// <summary>How often the leaf occurs in a field's tokens.</summary>
        protected abstract int Count(List<string> tokens, bool folded);

        /// <summary>Whether a token of a highlighted field is one this leaf matched.</summary>
        public abstract bool Highlights(string foldedToken);
    }

    public sealed record Term(string? Field, string Text) : Leaf(Field)
    {
        protected override int Count(List<string> tokens, bool folded)
        {
            var words = Word().Matches(Text).Select(m => Norm(m.Value, folded)).ToList();
            return words.Count == 0 ? 0 : words.Min(w => tokens.Count(t => t == w));
        }

        public override bool Highlights(string token) => Word().Matches(Text).Any(m => TextFolding.FoldLoose(m.Value) == token);
    }

    public sealed record Phrase(string? Field, string Text, int Slop) : Leaf(Field)
    {
        protected override int Count(List<string> tokens, bool folded)
        {
            var words = Word().Matches(Text).Select(m => Norm(m.Value, folded)).ToList();
            if (words.Count == 0) return 0;
            var n = 0;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens[i] == words[0] && Follows(tokens, i, words)) n++;
            return n;
        }

        // The other words in order after position i, with at most Slop positions skipped in all.
        private bool Follows(List<string> tokens, int i, List<string> words)
        {
            var skipped = 0;
            var at = i;
            foreach (var w in words.Skip(1))
            {
                var next = at + 1;
                while (next < tokens.Count && tokens[next] != w && skipped + (next - at - 1) < Slop) next++;
                if (next >= tokens.Count || tokens[next] != w) return false;
                skipped += next - at - 1;
                at = next;
            }
            return true;
        }

        public override bool Highlights(string token) => Word().Matches(Text).Any(m => TextFolding.FoldLoose(m.Value) == token);
    }

    public sealed record Prefix(string? Field, string Text) : Leaf(Field)
    {
        protected override int Count(List<string> tokens, bool folded) => tokens.Count(t => t.StartsWith(Text, StringComparison.Ordinal));

        public override bool Highlights(string token) => token.StartsWith(TextFolding.FoldLoose(Text), StringComparison.Ordinal);
    }

    public sealed record Fuzzy(string? Field, string Text, int Edits) : Leaf(Field)
    {
        protected override int Count(List<string> tokens, bool folded) => tokens.Count(t => Distance(t, Text) <= Edits);

        public override bool Highlights(string token) => Distance(token, TextFolding.FoldLoose(Text)) <= Edits;

        private static int Distance(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
            var row = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var diagonal = row[0];
                row[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var above = row[j];
                    row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.Length];
        }
    }
}
