using System.Globalization;
using System.Text;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// The simple query syntax read into a <see cref="QueryNode"/> tree, token by token as the Apache Lucene simple
/// query parser reads it (which Azure AI Search's simple syntax follows): '+' and, '|' or, '-' not (two cancel),
/// "phrases" with an optional ~slop, a trailing '*' prefix, '~N' fuzzy, '(' ')' precedence, '\' escapes, and
/// whitespace as the default operator (and, as searchMode=all). Operators bind left to right: "a | b c" is
/// "(a | b) c". What cannot be read is skipped: an unclosed quote or parenthesis counts as a plain character
/// position, an operator with nothing before it is ignored. A term, phrase or group without a word yields
/// nothing and leaves the pending operator for the next one. Never throws.
/// </summary>
internal sealed class SimpleSyntaxReader(string data)
{
    // The largest edit distance a fuzzy term may ask for (Lucene's Levenshtein automata, and the service's).
    private const int MaxEdits = 2;

    private sealed class State
    {
        public int Index;
        public int End;
        public int Not;
        public bool? Current; // true: and, false: or, null: not set
        public bool? Previous;
        public QueryNode? Top;
        public List<QueryNode>? TopClauses; // the clauses of Top while this state is still adding to it
    }

    /// <summary>The tree for <c>data[start..end]</c>, or null when it has no word.</summary>
    public QueryNode? Read(int start, int end)
    {
        var s = new State { Index = start, End = end };
        while (s.Index < s.End)
        {
            var c = data[s.Index];
            if (c == '(') ConsumeGroup(s);
            else if (c == ')') s.Index++; // extraneous
            else if (c == '"') ConsumePhrase(s);
            else if (c is '+' or '|')
            {
                // An operator counts only after a token, and only the first of a run.
                if (s.Current is null && s.Top is not null) s.Current = c == '+';
                s.Index++;
            }
            else if (c == '-')
            {
                s.Not++;
                s.Index++;
                continue; // the negation holds for the token that follows directly
            }
            else if (IsSpace(c)) s.Index++;
            else ConsumeToken(s);
            s.Not = 0;
        }
        return Freeze(s.Top);
    }

    private void ConsumeGroup(State s)
    {
        var start = ++s.Index;
        var depth = 1;
        var escaped = false;
        for (; s.Index < s.End; s.Index++)
        {
            if (escaped) { escaped = false; continue; }
            var c = data[s.Index];
            if (c == '\\') escaped = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) break;
        }
        if (s.Index == s.End) s.Index = start; // never closed: the '(' is ignored
        else if (s.Index == start) { s.Current = null; s.Index++; } // "()": the pending operator lapses
        else
        {
            Add(s, Read(start, s.Index));
            s.Index++;
        }
    }

    private void ConsumePhrase(State s)
    {
        var start = ++s.Index;
        var text = new StringBuilder();
        var escaped = false;
        var hasSlop = false;
        while (s.Index < s.End)
        {
            var c = data[s.Index];
            if (!escaped && c == '\\') { escaped = true; s.Index++; continue; }
            if (!escaped && c == '"')
            {
                if (s.End > s.Index + 1 && data[s.Index + 1] == '~')
                {
                    s.Index++;
                    hasSlop = s.End > s.Index + 1;
                }
                break;
            }
            escaped = false;
            text.Append(c);
            s.Index++;
        }
        if (s.Index == s.End) { s.Index = start; return; } // never closed: the quote is ignored
        if (s.Index == start) { s.Current = null; s.Index++; return; } // "": the pending operator lapses
        var slop = hasSlop ? Fuzziness(s) : 0;
        Add(s, SearchSyntax.HasWord(text.ToString()) ? new PhraseNode(text.ToString(), slop) : null);
        s.Index++; // past the closing quote, or past the character that ended the slop (as Lucene does)
    }

    private void ConsumeToken(State s)
    {
        var token = new StringBuilder();
        var escaped = false;
        var prefix = false;
        var fuzzy = false;
        while (s.Index < s.End)
        {
            var c = data[s.Index];
            if (!escaped)
            {
                if (c == '\\') { escaped = true; prefix = false; s.Index++; continue; }
                if (Ends(c)) break;
                if (token.Length > 0 && c == '~') { fuzzy = true; break; }
                prefix = token.Length > 0 && c == '*';
            }
            escaped = false;
            token.Append(c);
            s.Index++;
        }
        if (token.Length == 0) return;
        var text = token.ToString();
        QueryNode? node;
        if (fuzzy)
        {
            var edits = Math.Min(Fuzziness(s), MaxEdits);
            node = edits == 0 ? Term(text) : new FuzzyNode(text, edits);
        }
        else node = prefix ? new PrefixNode(text[..^1]) : Term(text);
        Add(s, node);
    }

    private static TermNode? Term(string text) => SearchSyntax.HasWord(text) ? new TermNode(text) : null;

    // The number after '~', up to the end of the token; anything unreadable or negative is 0.
    private int Fuzziness(State s)
    {
        if (s.Index >= s.End || data[s.Index] != '~') return 0;
        var digits = new StringBuilder();
        while (++s.Index < s.End && !Ends(data[s.Index])) digits.Append(data[s.Index]);
        return int.TryParse(digits.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0;
    }

    // A new token, phrase or group joins the tree: the first becomes the top; a change of operator puts the
    // tree so far under a new node, so the earlier operators bind first.
    private static void Add(State s, QueryNode? node)
    {
        if (node is null) return; // the pending operator waits for the next token
        if (s.Not % 2 == 1) node = new NotNode(node);
        if (s.Top is null) s.Top = node;
        else
        {
            var op = s.Current ?? true;
            if (s.Previous != op || s.TopClauses is null)
            {
                s.TopClauses = [Freeze(s.Top)!];
                s.Top = new BoolNode(op, s.TopClauses);
            }
            s.TopClauses.Add(node);
            s.Previous = op;
        }
        s.Current = null;
    }

    private static QueryNode? Freeze(QueryNode? node) => node is BoolNode b ? b with { Clauses = b.Clauses.ToArray() } : node;

    private static bool Ends(char c) => c is '"' or '|' or '+' or '(' or ')' || IsSpace(c);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
