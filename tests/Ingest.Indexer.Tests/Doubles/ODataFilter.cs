using System.Globalization;
using System.Text.Json.Nodes;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// Evaluates the subset of the OData filter language that the Azure adapter sends, as the search service's
/// documentation defines it: eq/ne/ge/gt/le/lt on strings and numbers, and/or/not, parentheses,
/// collection/any(x: ...), and search.ismatch('words', 'field'[, 'simple', 'all']). Anything else is a
/// syntax error, so the adapter cannot drift into filters the double would silently accept.
/// </summary>
internal sealed class ODataFilter
{
    private readonly List<string> _tokens;
    private int _pos;

    private ODataFilter(string text) => _tokens = Tokenize(text);

    public static Func<JsonObject, bool> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return _ => true;
        var parser = new ODataFilter(text);
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
        while (Accept("and")) { var l = left; var r = Unary(); left = (d, v) => l(d, v) && r(d, v); }
        return left;
    }

    private Expr Unary()
    {
        if (Accept("not")) { var e = Unary(); return (d, v) => !e(d, v); }
        if (Accept("(")) { var e = Or(); Expect(")"); return e; }
        var name = Next();
        if (name == "search.ismatch") return IsMatch();
        if (Peek() == "/")
        {
            Expect("/"); Expect("any"); Expect("("); var variable = Next(); Expect(":");
            var body = Or(); Expect(")");
            return (d, v) => d[name] is JsonArray items && items.Any(item =>
            {
                v[variable] = item;
                try { return body(d, v); } finally { v.Remove(variable); }
            });
        }
        var op = Next();
        var literal = Literal();
        return (d, v) => Compare(v.TryGetValue(name, out var bound) ? bound : d[name], op, literal);
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
            while (k < s.Length && !char.IsWhiteSpace(s[k]) && s[k] is not ('(' or ')' or ',' or ':' or '/')) k++;
            tokens.Add(s[i..k]);
            i = k;
        }
        return tokens;
    }
}
