using System.Globalization;
using System.Text.Json.Nodes;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// Evaluates the subset of the OData filter language that the Azure adapter sends, as the search service's
/// documentation defines it: eq/ne/ge/gt/le/lt on strings and numbers, and/or/not, parentheses,
/// collection/any(x: ...), search.in(field, 'values'[, 'delimiters']), search.ismatch('words', 'field'[, 'simple',
/// 'all']), DateTimeOffset literals (2021-07-16T00:00:00Z), and the boolean literals true and false. Inside any() over a string collection only
/// <c>eq</c> joined by <c>or</c>, or search.in, is allowed, as the service documents; ranges need a
/// Collection(Edm.DateTimeOffset) or a numeric collection. Anything else is a syntax error, so the adapter cannot
/// drift into filters the real service would refuse.
/// </summary>
internal sealed class ODataFilter
{
    private readonly List<string> _tokens;
    private readonly IReadOnlyDictionary<string, string> _types;
    private int _pos;
    // Set while parsing the body of any() over a Collection(Edm.String).
    private bool _inStringLambda;

    private ODataFilter(string text, IReadOnlyDictionary<string, string> types) => (_tokens, _types) = (Tokenize(text), types);

    public static Func<JsonObject, bool> Parse(string? text, IReadOnlyDictionary<string, string>? fieldTypes = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return _ => true;
        var parser = new ODataFilter(text, fieldTypes ?? new Dictionary<string, string>());
        var expr = parser.Or();
        if (parser._pos != parser._tokens.Count) throw new FormatException($"unexpected '{parser._tokens[parser._pos]}' in filter: {text}");
        return doc => expr(doc, new Dictionary<string, JsonNode?>());
    }

    private delegate bool Expr(JsonObject doc, Dictionary<string, JsonNode?> vars);

    private Expr Or()
    {
        var left = And();
        while (Accept("or")) { var l = left; var r = And(); left = (d, v) => l(d, v) || r(d, v); }
        return left;
    }

    private Expr And()
    {
        var left = Unary();
        while (Accept("and")) {
            if (_inStringLambda) throw new FormatException("'and' inside any() over a string collection (only eq with or, or search.in)"); var l = left; var r = Unary(); left = (d, v) => l(d, v) && r(d, v); }
        return left;
    }

    private Expr Unary()
    {
        if (Accept("not"))
        {
            if (_inStringLambda) throw new FormatException("'not' inside any() over a string collection");
            var e = Unary(); return (d, v) => !e(d, v);
        }
        if (Accept("(")) { var e = Or(); Expect(")"); return e; }
        var name = Next();
        // A boolean literal is a filter of its own ("false" matches nothing).
        if (name is "true" or "false" && Peek() is null or ")" or "and" or "or") { var constant = name == "true"; return (_, _) => constant; }
        if (name == "search.ismatch") return IsMatch();
        if (name == "search.in") return SearchIn();
        if (Peek() == "/")
        {
            Expect("/"); Expect("any"); Expect("("); var variable = Next(); Expect(":");
            var outer = _inStringLambda;
            _inStringLambda = _types.GetValueOrDefault(name) == "Collection(Edm.String)";
            var body = Or(); Expect(")");
            _inStringLambda = outer;
            return (d, v) => d[name] is JsonArray items && items.Any(item =>
            {
                v[variable] = item;
                try { return body(d, v); } finally { v.Remove(variable); }
            });
        }
        var op = Next();
        if (_inStringLambda && op != "eq") throw new FormatException($"'{op}' inside any() over a string collection (only eq with or, or search.in)");
        var literal = Literal();
        return (d, v) => Compare(v.TryGetValue(name, out var bound) ? bound : d[name], op, literal);
    }

    private Expr SearchIn()
    {
        Expect("(");
        var field = Next();
        Expect(",");
        var values = Literal()?.ToString() ?? "";
        var delimiters = Accept(",") ? Literal()?.ToString() ?? " ," : " ,";
        Expect(")");
        var set = values.Split(delimiters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return (d, v) => (v.TryGetValue(field, out var bound) ? bound : d[field]) is { } value && set.Contains(value.ToString());
    }

    private Expr IsMatch()
    {
        Expect("(");
        var words = Literal()?.ToString() ?? "";
        Expect(",");
        var field = Literal()?.ToString() ?? "";
        while (Accept(",")) Literal();
        Expect(")");
        var wanted = Fold(words);
        return (d, _) => wanted.All(Fold(d[field]?.ToString() ?? "").Contains);
    }

    private static bool Compare(JsonNode? value, string op, object? literal)
    {
        int c;
        if (literal is null) c = value is null ? 0 : 1;
        else if (value is null) return op == "ne";
        else if (literal is double number) c = value.GetValue<double>().CompareTo(number);
        else if (literal is DateTimeOffset when) c = DateTimeOffset.Parse(value.ToString(), CultureInfo.InvariantCulture).CompareTo(when);
        else if (literal is bool flag) c = value.GetValue<bool>() == flag ? 0 : 1;
        else c = string.CompareOrdinal(value.ToString(), (string)literal);
        return op switch
        {
            "eq" => c == 0, "ne" => c != 0, "ge" => c >= 0, "gt" => c > 0, "le" => c <= 0, "lt" => c < 0,
            _ => throw new FormatException($"unknown operator {op}"),
        };
    }

    private object? Literal()
    {
        var t = Next();
        if (t.StartsWith('\'')) return t[1..^1].Replace("''", "'");
        if (t == "null") return null;
        if (t is "true" or "false") return t == "true";
        if (t.Contains('T') && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)) return when;
        return double.Parse(t, CultureInfo.InvariantCulture);
    }

    internal static HashSet<string> Fold(string text) =>
        TextFolding.FoldLoose(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToHashSet();

    private string Next() => _pos < _tokens.Count ? _tokens[_pos++] : throw new FormatException("filter ends too early");
    private string? Peek() => _pos < _tokens.Count ? _tokens[_pos] : null;
    private bool Accept(string t) { if (Peek() == t) { _pos++; return true; } return false; }
    private void Expect(string t) { if (!Accept(t)) throw new FormatException($"expected '{t}' at '{Peek()}'"); }

    private static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')' or ',' or ':' or '/') { tokens.Add(c.ToString()); i++; continue; }
            if (c == '\'')
            {
                var j = i + 1;
                while (j < s.Length && !(s[j] == '\'' && (j + 1 >= s.Length || s[j + 1] != '\''))) j += s[j] == '\'' ? 2 : 1;
                tokens.Add(s[i..(j + 1)]);
                i = j + 1;
                continue;
            }
            var k = i;
            // A DateTimeOffset literal (2021-07-16T00:00:00Z) keeps its colons.
            var dateLiteral = char.IsDigit(c);
            while (k < s.Length && !char.IsWhiteSpace(s[k]) && (s[k] is not ('(' or ')' or ',' or ':' or '/') || (dateLiteral && s[k] == ':'))) k++;
            tokens.Add(s[i..k]);
            i = k;
        }
        return tokens;
    }
}
