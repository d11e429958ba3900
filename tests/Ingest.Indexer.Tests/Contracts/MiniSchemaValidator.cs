using System.Text.Json;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// Checks JSON against the subset of JSON Schema our schemas use (type with null unions, enum, required,
/// properties, additionalProperties: false, items, pattern). No validator package is served here; this one is
/// small enough to read in full and is itself tested on bad documents.
/// </summary>
internal static class MiniSchemaValidator
{
    public static List<string> Validate(JsonElement schema, JsonElement value, string path = "$")
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("enum", out var allowed))
        {
            if (!allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value))) errors.Add($"{path}: {value} not in enum");
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: {value.ValueKind} is not {type}");
            return;
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props))
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var r in required.EnumerateArray())
                    if (!value.TryGetProperty(r.GetString()!, out _)) errors.Add($"{path}: missing {r}");
            var closed = schema.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.False;
            foreach (var p in value.EnumerateObject())
            {
                if (props.TryGetProperty(p.Name, out var sub)) Check(sub, p.Value, $"{path}.{p.Name}", errors);
                else if (closed) errors.Add($"{path}: unexpected property {p.Name}");
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", errors);
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!))
            errors.Add($"{path}: '{value}' does not match {pattern}");
    }

    private static bool TypeMatches(JsonElement type, JsonElement value)
    {
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        return names.Any(n => n switch
        {
            "null" => value.ValueKind == JsonValueKind.Null,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            _ => false,
        });
    }
}
