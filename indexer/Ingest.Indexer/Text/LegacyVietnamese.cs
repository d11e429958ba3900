using System.Text;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Text;

/// <summary>
/// Detects text written in the legacy Vietnamese encodings TCVN3 (ABC, .VnTime fonts) or VNI-Windows that
/// reached us as mojibake ("KÕ ho¹ch" for "Kế hoạch", "Keá hoaïch" for VNI) and converts it to Unicode NFC.
/// The mapping tables are data (Data/legacy-encodings.json). Pure and thread-safe.
/// </summary>
public sealed class LegacyVietnamese
{
    private readonly Dictionary<char, string> _tcvn3 = new();
    private readonly Dictionary<char, string> _vniSingle = new();
    private readonly Dictionary<(char, char), string> _vniPairs = new();
    private readonly Dictionary<string, string> _toTcvn3 = new();
    private readonly Dictionary<string, string> _toVni = new();

    /// <summary>The tables shipped with the library.</summary>
    public static LegacyVietnamese Default { get; } = new();

    private LegacyVietnamese()
    {
        var file = DomainTables.Read("legacy-encodings.json", TableJson.Default.LegacyEncodingsFile);
        foreach (var (letter, b) in file.Tcvn3)
        {
            _tcvn3[(char)b] = letter;
            _toTcvn3[letter] = ((char)b).ToString();
        }
        foreach (var (letter, bytes) in file.Vni)
        {
            if (bytes.Length == 1) _vniSingle[(char)bytes[0]] = letter;
            else _vniPairs[((char)bytes[0], (char)bytes[1])] = letter;
            _toVni[letter] = new string(bytes.Select(b => (char)b).ToArray());
        }
    }

    /// <summary>Which legacy encoding the text looks like, if any.</summary>
    public LegacyEncoding Detect(string text)
    {
        // Real Vietnamese in Unicode is full of letters above U+00FF (ă ơ ư đ ạ ế ộ ...); mojibake has none.
        long letters = 0, vietnamese = 0, latin1 = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c < 0xA0) continue;
            letters++;
            if (c > 0xFF) vietnamese++;
            else if (c >= 0xA0) latin1++;
        }
        if (letters < 20 || latin1 * 20 < letters || vietnamese * 10 > latin1) return LegacyEncoding.None;
        // VNI writes most toned vowels as a base vowel and a modifier byte; TCVN3 as one byte. Both tables cover
        // those bytes, so tell them apart by how many vowel+modifier pairs the text holds.
        long pairs = 0, singles = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (_tcvn3.ContainsKey(text[i])) singles++;
            if (i + 1 < text.Length && _vniPairs.ContainsKey((text[i], text[i + 1]))) pairs++;
        }
        var guess = pairs * 2 >= singles ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
        // Accept only when the conversion reads as Vietnamese: most words well-formed syllables, clearly more than
        // before (a little French in English text, or Windows-1258 bytes, do not pass).
        var before = VietnameseSyllables.Score(text);
        var after = VietnameseSyllables.Score(ToUnicode(text, guess));
        return after >= 0.6 && after > before + 0.2 ? guess : LegacyEncoding.None;
    }

    /// <summary>Converts text read as Latin-1/Windows-1252 code points from the given legacy encoding to Unicode NFC.</summary>
    public string ToUnicode(string text, LegacyEncoding encoding)
    {
        if (encoding == LegacyEncoding.None) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (encoding == LegacyEncoding.Tcvn3) { sb.Append(_tcvn3.TryGetValue(c, out var t) ? t : c.ToString()); continue; }
            if (i + 1 < text.Length && _vniPairs.TryGetValue((c, text[i + 1]), out var pair)) { sb.Append(pair); i++; continue; }
            sb.Append(_vniSingle.TryGetValue(c, out var single) ? single : c.ToString());
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The Unicode letter for the legacy character at <paramref name="at"/> and how many characters it took (two for
    /// a VNI base letter and its modifier); a character outside the table comes back as itself.
    /// </summary>
    public string Decode(string text, int at, LegacyEncoding encoding, out int used)
    {
        used = 1;
        var c = text[at];
        if (encoding == LegacyEncoding.Tcvn3) return _tcvn3.TryGetValue(c, out var t) ? t : c.ToString();
        if (encoding != LegacyEncoding.Vni) return c.ToString();
        if (at + 1 < text.Length && _vniPairs.TryGetValue((c, text[at + 1]), out var pair)) { used = 2; return pair; }
        return _vniSingle.TryGetValue(c, out var single) ? single : c.ToString();
    }

    /// <summary>
    /// Encodes Unicode text into a legacy encoding (as Latin-1 code points): for building test fixtures. TCVN3's
    /// one-font table has no upper-case toned letters (documents set them in a second, upper-case font with the
    /// same codes), so they are written with the lower-case codes and come back lower case.
    /// </summary>
    public string FromUnicode(string text, LegacyEncoding encoding)
    {
        var map = encoding == LegacyEncoding.Tcvn3 ? _toTcvn3 : _toVni;
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (map.TryGetValue(c.ToString(), out var s)) sb.Append(s);
            else if (map.TryGetValue(char.ToLowerInvariant(c).ToString(), out var lower)) sb.Append(lower);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>What a TCVN3 round trip gives back for Unicode text: upper-case toned letters in lower case.</summary>
    public string Tcvn3RoundTrip(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            sb.Append(!_toTcvn3.ContainsKey(c.ToString()) && _toTcvn3.ContainsKey(char.ToLowerInvariant(c).ToString()) ? char.ToLowerInvariant(c) : c);
        return sb.ToString();
    }

}
