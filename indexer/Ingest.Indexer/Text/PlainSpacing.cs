using System.Buffers;

namespace Ingest.Indexer.Text;

/// <summary>
/// Every space a plain space and every line break a "\n", one character for one, so that offsets into the result
/// are offsets into the text as given. Real text arrives with other spacing than the corpus was typed with: a .txt
/// saved on Windows ends its lines with "\r\n"; Word and HTML pages put no-break spaces (U+00A0) between "Số:" and
/// its number, inside a place-date and a signer's name; PDF text layers and typesetting use the narrow and the
/// fixed-width spaces (U+2000–U+200A, U+202F). The header, title and signature readers match plain spaces and "\n"
/// line ends; with the corpus's own documents given "\r\n" line ends or no-break spaces, they lost own numbers,
/// signers and their titles. A JSON or CSV export writes its line breaks out as the two characters "\n" (and "\r",
/// "\t"): given so, the corpus's documents kept a third of their titles and two thirds of their signers; each
/// becomes a space and a line break (a tab two spaces, a column's gap), again one character for one
/// (docs/ACCURACY.md, "Spacing and line ends"). Only in a text that writes its breaks out: one with line breaks of
/// its own keeps a backslash it holds ("D:\new\tai-lieu.docx"). Pure, thread-safe; the same instance back when
/// there is nothing to change (one vectorised scan).
/// </summary>
public static class PlainSpacing
{
    // "\r", the form feed, the line and paragraph separators, and every Unicode space separator (category Zs) except " ".
    private const string UnusualSpacing =
        "\r\f\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> Unusual = SearchValues.Create(UnusualSpacing);

    // The same and the backslash of an escape.
    private static readonly SearchValues<char> UnusualOrEscape = SearchValues.Create(UnusualSpacing + "\\");

    /// <summary><paramref name="text"/> with plain spaces and "\n" line breaks, of the same length.</summary>
    public static string Apply(string text)
    {
        var first = text.AsSpan().IndexOfAny(UnusualOrEscape);
        if (first < 0) return text;
        var escaped = WritesBreaksOut(text, first);
        if (!escaped && text[first] == '\\' && text.AsSpan(first).IndexOfAny(Unusual) is var spacing)
        {
            if (spacing < 0) return text;
            first += spacing;
        }
        return string.Create(text.Length, (text, first, escaped), static (chars, state) =>
        {
            var (source, from, escaped) = state;
            source.AsSpan().CopyTo(chars);
            // From one character to change to the next by a vectorised search: a text saved on Windows has one on every
            // line (issue 12, parser speed). Unescape changes only the letter after a backslash, which no search stops at.
            var changing = escaped ? UnusualOrEscape : Unusual;
            for (var i = from; i < chars.Length; i++)
            {
                var step = source.AsSpan(i).IndexOfAny(changing);
                if (step < 0) break;
                i += step;
                var c = chars[i];
                if (c == '\\')
                {
                    if (escaped && i + 1 < chars.Length) Unescape(chars, source, i);
                    continue;
                }
                if (c < '\u0085' && c is not ('\r' or '\f')) continue;
                chars[i] = c switch
                {
                    // "\r\n" keeps its "\n" and leaves a space where the "\r" was, which every line reader trims;
                    // a lone "\r" (old Mac files, some PDF text layers) is the line break itself.
                    '\r' => i + 1 < chars.Length && source[i + 1] == '\n' ? ' ' : '\n',
                    '\f' => PageBreakEndsLine(source, i) ? '\f' : '\n',
                    '\u0085' or '\u2028' or '\u2029' => '\n',
                    _ => Unusual.Contains(c) ? ' ' : c,
                };
            }
        });
    }

    // Pages are joined by a form feed (ExtractedDocument.Text; pdftotext and Tesseract write one after each page). PdfPig's
    // pages do not end on a line break, so a page's last line ran into the next page's first, most often the page
    // number printed at its top: "Trần Mạnh Long\f1" lost the signer's name (mi-vp-doan-dbqh-hdnd-thanh-hoa-cv-2026-295-pdf,
    // mi-ubnd-thanh-hoa-qd-2025-486-pdf); "tổ chức hành chính của Nhà nước.\f2" (mh-…-ha-noi-hd-2025-nghiep-vu-pdf).
    // Such a form feed is the line break; one after a line break (pdftotext's "…\n\f") stays, as the citation reader
    // reads a page number before it (CitationFinder.PastPageBreak).
    private static bool PageBreakEndsLine(string source, int i) => i > 0 && source[i - 1] is '\n' or '\r' or '\f';

    // A JSON or CSV export writes every break out (and may end on a line feed of its own); a text with line breaks of
    // its own holds a backslash as written: a path ("D:\new\tai-lieu.docx"), an escape quoted in an IT guide ("\n"),
    // OCR's reading of a stroke ("- Lưu: VT, KSTTT\rvA).", jj-ubnd-dien-bien-qd-2025-ocr). A carriage return left before
    // a written-out "\n" is that break's.
    private static bool WritesBreaksOut(string text, int from)
    {
        var rest = text.AsSpan(from);
        if (!rest.Contains('\\')) return false;
        var written = rest.Count(@"\n") + rest.Count(@"\r");
        var own = text.AsSpan().Count('\n') + text.AsSpan().Count('\r') - text.AsSpan().Count("\r\\n");
        return written > own;
    }

    // A written-out "\n" or lone "\r" is a line break, "\r\n" one break (its "\r" two spaces), "\t" a column's gap;
    // any other backslash ("125\QĐ-UBND", a slash typed the wrong way; a Markdown line's closing "\" before "\n") stays.
    private static void Unescape(Span<char> chars, string source, int i)
    {
        switch (source[i + 1])
        {
            case 'n':
                (chars[i], chars[i + 1]) = (' ', '\n');
                break;
            case 'r':
                var breakFollows = i + 3 < source.Length && source[i + 2] == '\\' && source[i + 3] == 'n';
                (chars[i], chars[i + 1]) = (' ', breakFollows ? ' ' : '\n');
                break;
            case 't':
                (chars[i], chars[i + 1]) = (' ', ' ');
                break;
        }
    }
}
