using System.Text;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Model;

namespace Ingest.Indexer.Reports;

/// <summary>A trace tree as terminal text, Mermaid or Graphviz DOT: levels as bands, edges labelled with the relation, unresolved documents drawn apart. Pure.</summary>
public static class TraceFormats
{
    public static string Tree(TraceNode root)
    {
        var sb = new StringBuilder();
        void Walk(TraceNode n, string indent, bool last, bool top)
        {
            sb.Append(top ? "" : indent + (last ? "└─ " : "├─ "));
            if (n.Relation is not null) sb.Append('[').Append(n.Relation).Append("] ");
            sb.Append(n.Label);
            if (n.Level is not null) sb.Append(" (").Append(n.Level).Append(')');
            if (n.PlanId is null) sb.Append(" · chưa có trong chỉ mục");
            if (n.Cycle) sb.Append(" ↺");
            if (n.Truncated) sb.Append(" …");
            sb.Append('\n');
            for (var i = 0; i < n.Children.Count; i++)
                Walk(n.Children[i], top ? "" : indent + (last ? "   " : "│  "), i == n.Children.Count - 1, false);
        }
        Walk(root, "", true, true);
        return sb.ToString();
    }

    public static string Mermaid(TraceNode root)
    {
        var (nodes, edges) = Flatten(root);
        var sb = new StringBuilder("flowchart TD\n");
        foreach (var (level, members) in Bands(nodes))
        {
            sb.Append($"  subgraph {level}[\"{BandTitle(level)}\"]\n");
            foreach (var (id, node) in members) sb.Append($"    {id}[\"{MermaidText(node.Label)}\"]\n");
            sb.Append("  end\n");
        }
        foreach (var (from, to, relation) in edges) sb.Append($"  {from} -->|{relation}| {to}\n");
        sb.Append("  classDef unresolved stroke-dasharray: 5 5;\n");
        var unresolved = nodes.Where(n => n.Node.PlanId is null).Select(n => n.Id).ToList();
        if (unresolved.Count > 0) sb.Append("  class ").Append(string.Join(',', unresolved)).Append(" unresolved;\n");
        return sb.ToString();
    }

    public static string Dot(TraceNode root)
    {
        var (nodes, edges) = Flatten(root);
        var sb = new StringBuilder("digraph trace {\n  rankdir=TB;\n  node [shape=box, fontname=\"DejaVu Sans\"];\n");
        foreach (var (level, members) in Bands(nodes))
        {
            sb.Append($"  subgraph cluster_{level} {{ label=\"{DotText(BandTitle(level))}\"; rank=same;\n");
            foreach (var (id, node) in members)
                sb.Append($"    {id} [label=\"{DotText(node.Label)}\"{(node.PlanId is null ? ", style=dashed" : "")}];\n");
            sb.Append("  }\n");
        }
        foreach (var (from, to, relation) in edges) sb.Append($"  {from} -> {to} [label=\"{relation}\"];\n");
        return sb.Append("}\n").ToString();
    }

    // Nodes by key (a document reached twice is one node), edges child → parent read as "carries out".
    private static (List<(string Id, TraceNode Node)> Nodes, List<(string From, string To, string Relation)> Edges) Flatten(TraceNode root)
    {
        var ids = new Dictionary<string, string>();
        var nodes = new List<(string, TraceNode)>();
        var edges = new HashSet<(string, string, string)>();
        string Id(TraceNode n)
        {
            if (ids.TryGetValue(n.Key, out var id)) return id;
            id = "n" + ids.Count;
            ids[n.Key] = id;
            nodes.Add((id, n));
            return id;
        }
        void Walk(TraceNode n)
        {
            var parent = Id(n);
            foreach (var c in n.Children)
            {
                edges.Add((parent, Id(c), c.Relation ?? "cites"));
                if (!c.Cycle) Walk(c);
            }
        }
        Walk(root);
        return (nodes, edges.ToList());
    }

    // The non-empty bands, top level first, unresolved documents last: both diagrams draw one box per band.
    private static IEnumerable<(string Level, List<(string Id, TraceNode Node)> Members)> Bands(List<(string Id, TraceNode Node)> nodes) =>
        AdministrativeLevel.All.Append("unresolved")
            .Select(level => (level, nodes.Where(n => Band(n.Node) == level).ToList()))
            .Where(band => band.Item2.Count > 0);

    private static string Band(TraceNode n) => n.PlanId is null ? "unresolved" : n.Level ?? "unresolved";

    private static string BandTitle(string level) => level switch
    {
        AdministrativeLevel.Central => "Trung ương",
        AdministrativeLevel.Province => "Tỉnh",
        AdministrativeLevel.District => "Huyện",
        AdministrativeLevel.Commune => "Xã",
        _ => "Chưa có trong chỉ mục",
    };

    private static string MermaidText(string s) => s.Replace("\"", "#quot;").Replace("\n", " ");

    private static string DotText(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ");
}
