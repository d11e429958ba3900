using System.Globalization;
using System.Text;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// The subset of Azure AI Search's full Lucene syntax (queryType=full) that the search double serves, read as
/// the documented Lucene query parser reads it with searchMode=all (default operator AND): terms, "phrases"
/// with an optional ~slop, prefix*, fuzzy~N, field:clause, ( ) groups, the '+' '-' '!' modifiers, AND / &amp;&amp; /
/// OR / || / NOT, and '\' escapes. A malformed query (an unclosed quote or parenthesis, an operator with nothing
/// to apply to, an empty field clause, an unescaped reserved character such as '/' which starts a regular
/// expression, a field that is not searchable) throws <see cref="FormatException"/>: the service answers 400.
/// Forms the double does not serve (regular expressions, ranges, boosts, wildcards inside a term) are refused
/// the same way, so the adapter cannot send them unnoticed.
/// </summary>
internal sealed class FullQuerySyntax
{
    private const string Reserved = "+-&|!(){}[]^\"~*?:\\/";
    private readonly string _text;
    private readonly IReadOnlySet<string> _searchable;
    private int _pos;

    private FullQuerySyntax(string text, IReadOnlySet<string> searchable) => (_text, _searchable) = (text, searchable);

    /// <summary>The query's tree; throws <see cref="FormatException"/> for a query the service refuses.</summary>
    public static QueryTree.Node Parse(string text, IReadOnlySet<string> searchable)
    {
        var parser = new FullQuerySyntax(text, searchable);
        var node = parser.Query(inGroup: false, field: null);
        if (parser._pos < text.Length) throw new FormatException($"unexpected '{text[parser._pos]}' at {parser._pos}");
        return node;
    }

    // Clauses with their occurrence, as the classic parser's addClause sets them under the AND default: a
    // conjunction AND makes the clause before required, OR makes it optional; '-', '!' and NOT exclude.
    private QueryTree.Node Query(bool inGroup, string? field)
    {
        var clauses = new List<(QueryTree.Occur Occur, QueryTree.Node Node)>();
        while (true)
        {
            SkipSpace();
            if (AtEnd || Peek == ')') break;
            var conj = 0; // 0 none, 1 and, 2 or
            if (Accept("AND") || Accept("&&")) conj = 1;
            else if (Accept("OR") || Accept("||")) conj = 2;
            if (conj != 0 && clauses.Count == 0) throw new FormatException("a conjunction with nothing before it");
            SkipSpace();
            var excluded = false;
            if (Accept("NOT") || AcceptChar('-') || AcceptChar('!')) excluded = true;
            else AcceptChar('+');
            SkipSpace();
            if (AtEnd || Peek == ')') throw new FormatException("an operator with nothing after it");
            var node = Clause(field);
            if (clauses.Count > 0 && conj == 1 && clauses[^1].Occur != QueryTree.Occur.MustNot) clauses[^1] = (QueryTree.Occur.Must, clauses[^1].Node);
            if (clauses.Count > 0 && conj == 2 && clauses[^1].Occur != QueryTree.Occur.MustNot) clauses[^1] = (QueryTree.Occur.Should, clauses[^1].Node);
            var occur = excluded ? QueryTree.Occur.MustNot : conj == 2 ? QueryTree.Occur.Should : QueryTree.Occur.Must;
            if (node is not null) clauses.Add((occur, node));
        }
        if (!inGroup && !AtEnd) throw new FormatException("')' without '('");
        return new QueryTree.Bool(clauses);
    }

    private QueryTree.Node? Clause(string? field)
    {
        if (AcceptChar('('))
        {
            var group = Query(inGroup: true, field);
            if (!AcceptChar(')')) throw new FormatException("'(' never closed");
            NoSuffix();
            return group;
        }
        if (Peek == '"') return Phrase(field);
        var start = _pos;
        var term = Term();
        if (!AtEnd && Peek == ':')
        {
            if (field is not null) throw new FormatException("a field inside a field clause");
            if (term.Text.Length == 0 || term.Prefix) throw new FormatException("an empty field name");
            if (!_searchable.Contains(term.Text)) throw new FormatException($"'{term.Text}' is not a searchable field");
            _pos++;
            if (AtEnd || char.IsWhiteSpace(Peek) || Peek == ')') throw new FormatException($"nothing after '{term.Text}:'");
            return Clause(term.Text);
        }
        if (term.Text.Length == 0) throw new FormatException($"unexpected '{(_pos < _text.Length ? _text[_pos] : ' ')}' at {start}");
        if (term.Prefix) return new QueryTree.Prefix(field, term.Text.ToLowerInvariant());
        if (AcceptChar('~')) return new QueryTree.Fuzzy(field, term.Text.ToLowerInvariant(), Number(defaultValue: 2, max: 2));
        NoSuffix();
        return new QueryTree.Term(field, term.Text);
    }

    private QueryTree.Node Phrase(string? field)
    {
        _pos++; // the opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw new FormatException("a phrase never closed");
            var c = _text[_pos++];
            if (c == '"') break;
            if (c == '\\')
            {
                if (AtEnd) throw new FormatException("an escape at the end");
                c = _text[_pos++];
            }
            sb.Append(c);
        }
        var slop = AcceptChar('~') ? Number(defaultValue: 0, max: int.MaxValue) : 0;
        NoSuffix();
        return new QueryTree.Phrase(field, sb.ToString(), slop);
    }

    // A term up to a space, a parenthesis or ':'; reserved characters must be escaped, except a final '*'.
    private (string Text, bool Prefix) Term()
    {
        var sb = new StringBuilder();
        while (!AtEnd)
        {
            var c = Peek;
            if (char.IsWhiteSpace(c) || c is '(' or ')' or ':' or '~') break;
            if (c == '\\')
            {
                if (_pos + 1 >= _text.Length) throw new FormatException("an escape at the end");
                sb.Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }
            if (c == '*' && sb.Length > 0 && (_pos + 1 == _text.Length || char.IsWhiteSpace(_text[_pos + 1]) || _text[_pos + 1] == ')'))
            {
                _pos++;
                return (sb.ToString(), true);
            }
            // Inside a term the classic grammar allows '-' and '+' (and single '&', '|'); the rest of the
            // reserved set starts another construct: '/' a regular expression, '[' '{' a range, '^' a boost.
            if (Reserved.Contains(c) && !(sb.Length > 0 && c is '-' or '+' or '&' or '|'))
                throw new FormatException($"unescaped '{c}' at {_pos}");
            sb.Append(c);
            _pos++;
        }
        return (sb.ToString(), false);
    }

    private int Number(int defaultValue, int max)
    {
        var start = _pos;
        while (!AtEnd && char.IsDigit(Peek)) _pos++;
        if (start == _pos) return defaultValue;
        var n = int.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
        if (n > max) throw new FormatException($"at most {max} edits");
        return n;
    }

    // A boost (^N) or anything glued to a finished clause is not served.
    private void NoSuffix()
    {
        if (!AtEnd && !char.IsWhiteSpace(Peek) && Peek != ')') throw new FormatException($"unexpected '{Peek}' at {_pos}");
    }

    private bool AtEnd => _pos >= _text.Length;
    private char Peek => _text[_pos];
    private void SkipSpace() { while (!AtEnd && char.IsWhiteSpace(Peek)) _pos++; }
    private bool AcceptChar(char c) { if (!AtEnd && Peek == c) { _pos++; return true; } return false; }

    // An operator word stands alone: "AND" followed by a space, a parenthesis, a quote or the end.
    private bool Accept(string op)
    {
        if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) != 0) return false;
        var after = _pos + op.Length;
        if (char.IsLetter(op[0]) && after < _text.Length && !(char.IsWhiteSpace(_text[after]) || _text[after] is '(' or '"')) return false;
        _pos = after;
        return true;
    }
}
