using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;
using static Ingest.Indexer.Parsing.Citations.SymbolCodeShapes;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a match of the symbol pattern into a <see cref="DocumentSymbol"/>: its serial, year, type code and issuer codes,
/// in the layout its issuer's rules write it (state or Party), with the repairs of codes that OCR, HTML and tables
/// damage ("QĐ.UBND", "TT-BGD ĐT", "BGDĐT10/10/2018", "NĐ-CP1", "UBTVQH 14"); null where what matched is no symbol
/// ("10/xã", "2021-2025/…" in running text). Pure and thread-safe.
/// </summary>
internal sealed partial class SymbolInterpreter
{
    private readonly DomainTables _tables;
    private readonly SymbolCodeRepairs _repairs;
    private readonly SymbolLayout _layout;
    private readonly HyphenedSymbol _hyphened;

    public SymbolInterpreter(DomainTables tables, SymbolLayout layout)
    {
        (_tables, _layout) = (tables, layout);
        _repairs = new SymbolCodeRepairs(tables);
        _hyphened = new HyphenedSymbol(tables, layout);
    }

    // "1.234": a thousands dot, dropped; "66.7": a part of a series, kept.
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsDots();

    // "s8 ~7/CT-VB~D": "~" is where a scan could not read a glyph; a symbol touching it lost a digit or a letter there,
    // so what is written is not its number.
    internal (DocumentSymbol Symbol, int End)? Interpret(string normalized, SymbolMatch m, bool introduced)
    {
        if (m.Index > 0 && normalized[m.Index - 1] == '~') return null;
        var read = InterpretWhole(normalized, m, introduced);
        return read is { End: var end } && end < normalized.Length && normalized[end] == '~' ? null : read;
    }

    private (DocumentSymbol Symbol, int End)? InterpretWhole(string normalized, SymbolMatch m, bool introduced)
    {
        var num = m.Num.Value; // a new copy at each read
        var serial = num.Contains('.') && ThousandsDots().IsMatch(num) ? num.Replace(".", "") : num; // most serials have no dot
        // "Trả lời công văn số 25-2303/PBHC-KD" (in-cuc-hai-quan-3799-CHQ-GSQL-2025-repo): a company numbers its letters
        // in two parts, which the state's rules never do; read only where a type word or "số" introduces it, since
        // alone in running text "2021-2025/…" is more likely a span of years than a serial.
        if (num.Contains('-') && !introduced) return null;
        // "Số: Ê§0 /TB-UBND" (jd-ubnd-quang-ngai-tb-2024-660-ocr): a serial of zeros is what OCR left of an illegible one;
        // registers count from 1, so it names no document.
        if (serial.AsSpan().TrimStart('0').Length == 0) return null;
        if (m.Ocode.Count > 0) return introduced ? _hyphened.OldStyle(normalized, m, serial) : null;
        if (m.Hyear.Success) return _hyphened.AllHyphens(normalized, m, serial);
        var party = m.Ptype.Success;
        var d = new SymbolDraft
        {
            Normalized = normalized,
            Match = m,
            Introduced = introduced,
            Party = party,
            Issuers = new List<string>(),
            Codes = party ? m.Pcode : m.Code,
            Separators = party ? m.Psep : m.Sep,
            End = m.End,
            TypeSeparator = '-',
        };
        if (party && !ReadPartyType(ref d)) return null;
        for (var k = 0; k < d.Codes.Count; k++)
        {
            var step = ReadCode(ref d, ref k);
            if (step == CodeStep.Failed) return null;
            if (step == CodeStep.Ended) break;
        }
        return Finish(ref d, serial);
    }

    // What reading one code did to the symbol: the next code follows, the symbol ends before the next, or what matched
    // is no symbol.
    private enum CodeStep { Next, Ended, Failed }

    // The type code of a Party symbol ("34-CT/TW"), into the draft; false where what matched is no Party symbol.
    private bool ReadPartyType(ref SymbolDraft d)
    {
        var (normalized, m, introduced, codes) = (d.Normalized, d.Match, d.Introduced, d.Codes);
        var written = Slice(normalized, m.Ptype);
        if (!IsCodeShaped(written)) return false;
        var (typeCode, r) = _tables.TypeCodes.Find(written);
        if (typeCode is null && introduced && SymbolCodeRepairs.Undoubled(written) is { } single && _tables.TypeCodes.Find(single).Code is { } once)
            (typeCode, r) = (once, true); // "21-NQQ/TW": a key struck twice
        var known = typeCode is not null && _tables.TypeByCode(typeCode, party: true) is not null;
        // "147-CTHĐ/TU" after "Chương trình hành động": a committee's own type code is still a type code.
        // A lost hyphen ("105 KH/TĐ", "20NQ/TW") or a bare symbol needs a type code the rules list.
        if (!known && (m.Psp || m.Pglue || !introduced || !IsUpperCode(written))) return false;
        if (!known) typeCode = written.ToUpperInvariant() == written || RulesCase(written) ? written : null;
        if (typeCode is null) return false;
        // "57-NQ TW": a space where the slash was, read only as a Party document: a Party type code, then the code
        // of a Party committee (ending in ủy or TW, Hướng dẫn 36-HD/VPTW) in capitals.
        if (m.Pslsp)
        {
            var body = Slice(normalized, codes[0]);
            if (!known || codes.Count > 1 || !IsUpperCode(body) || !_layout.IsPartyBody(body)) return false;
            r = true;
        }
        d.TypeCode = typeCode;
        d.Repaired |= r;
        return true;
    }

    // The code at k: added to the issuers, joined to the code before it or read as the type code; the symbol may end
    // before it. A code may take the next one with it (k moves on).
    private CodeStep ReadCode(ref SymbolDraft d, ref int k)
    {
        var (codes, separators) = (d.Codes, d.Separators);
        var capture = codes[k];
        var seg = Slice(d.Normalized, capture);
        var endsHere = _repairs.CutGluedTail(ref d, k, capture, ref seg);
        // "21-CT/T.Ư": a dot typed inside a code the tables know (TƯ), read as the code.
        if (k + 1 < codes.Count && separators[k].ValueSpan is "."
            && _tables.IssuerCodeBook.Find(seg + Slice(d.Normalized, codes[k + 1])).Code is { } undotted)
        {
            d.Issuers.Add(undotted);
            d.Repaired = true;
            k++;
            return CodeStep.Next;
        }
        // Codes after a space or a dot ("19/CT TTg", "QĐ.UBND") are accepted only when they are known codes:
        // otherwise the space ends the symbol ("15/KH-UBND ngày ...").
        var sep = k > 0 ? SeparatorText(separators[k - 1]) : "";
        if (sep == " /") sep = "/"; // "103/QĐ /BVHTTDL": a space before the slash
        if (JoinedToCodeBefore(ref d, k, sep, ref seg)) return CodeStep.Next;
        if (!d.Party && k == 0 && ReadTypeCode(ref d, seg)) return CodeStep.Next;
        // "Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007" (jq-032): a body's code after a space, once the symbol
        // has its issuer, names the body the issuer sits in (the Hội đồng Thẩm phán of the TANDTC), written after the
        // symbol as its name would be; only a joint document lists a second issuer so.
        // The span goes on over the name, so the date after it is read.
        if (sep == " " && !d.Party && d.TypeCode is not null && d.Issuers.Count > 0 && !_layout.IsJointTypeCode(d.TypeCode)
            && IsUpperCode(seg) && _tables.IssuerCodeBook.Find(seg).Code is not null)
        {
            d.End = codes[k].Index + codes[k].Length;
            return CodeStep.Ended;
        }
        string? code = null;
        if (seg.Length > 0 && IsCodeShaped(seg))
        {
            var (c, r) = _repairs.KnownCode(in d, k, seg);
            if (c is not null) { d.Repaired |= r; code = c; }
            else if (IsUpperCode(seg) && _tables.IssuerByCode(seg) is not null) code = Canonical(seg); // "UBTVQH13": a code and its term
            else if (_repairs.GluedUnit(seg) is { } unit) // "1161/UBNDYT": the hyphen lost between issuer and unit
            {
                d.Issuers.Add(unit.Issuer);
                d.Issuers.Add(unit.Unit);
                d.Repaired = true;
                return CodeStep.Next;
            }
            else code = WrittenCode(ref d, k, sep, seg);
        }
        if (code is null)
        {
            // "10/xã", "2/tháng": not a code. "Chỉ thị số 33/CT Chính phủ": a type code alone, then words.
            if (d.Issuers.Count == 0 && !(d.TypeCode is not null && d.Introduced && k > 0 && sep == " ")) return CodeStep.Failed;
            d.End = codes[k - 1].Index + codes[k - 1].Length;
            return CodeStep.Ended;
        }
        d.Issuers.Add(code);
        return endsHere ? CodeStep.Ended : CodeStep.Next;
    }

    // The code at k read with the code before it, by the separator written between them: a joint type's issuers, a
    // body's code with its unit, a code a space, hyphen or dot split; true where the code is done with. A slash that
    // ends the symbol's codes empties seg.
    private bool JoinedToCodeBefore(ref SymbolDraft d, int k, string sep, ref string seg)
    {
        var (m, introduced, party, issuers, codes, separators) = (d.Match, d.Introduced, d.Party, d.Issuers, d.Codes, d.Separators);
        // "411/KHLN/TE-MT-…": a joint document's type code (a type's own code and LT or LN, liên tịch or liên
        // ngành: KHLT, KHLN), then its issuers, whether or not the tables list that joint code.
        if (sep == "/" && k == 1 && d.TypeCode is null && !party && issuers.Count == 1 && _layout.IsJointTypeCode(issuers[0]))
        {
            d.TypeCode = issuers[0];
            issuers.Clear();
        }
        // "5542/SO/XD-QLHTKT" (a Sở's letter, 2025), "06/HĐND/BCTT-PC" (a district council's report, 2006): a body's
        // code, a slash, then a code with its unit after a hyphen. A code no list fixes stays as written.
        if (sep == "/" && k == 1 && d.TypeCode is null && !party && introduced && issuers.Count == 1 && k + 1 < codes.Count
            && separators[k].ValueSpan is "-" && IsCodeShaped(seg) && IsUpperCode(seg))
        {
            issuers[0] += "/" + Canonical(seg);
            return true;
        }
        if (sep == "/" && !(k == 1 && d.TypeCode is not null && !party)) seg = ""; // only "NQLT/UBTVQH15-CP": type, then issuers
        // A joint document's issuers follow its type with the hyphen the Law on legal documents writes
        // (24/2012/TTLT-BLĐTBXH-BNV), as other copies of the same document do; an older body's own "CT/UB"
        // stays as written.
        // "4110/QĐ/BNN-KHCN": a type code, then an issuer with its unit, is the layout of Nghị định 30/2020/NĐ-CP
        // (TYPE-ISSUER-UNIT), its slash typed for the hyphen; an older body's lone "CT/UB" stays as written.
        // A central body's code after the slash ("103/QĐ /BVHTTDL") is read the same: it numbers nationally by those rules;
        // so is the Standing Committee's with its term ("889/2005/NQ/UBTVQH11", lp-003; corpus README, thirty-seventh session).
        // "Quyết định số 78/2002/QĐ /BNN-KL ngày 28/8/2002" (km-001): a legal normative symbol of before 2005, when
        // the layout TYPE-ISSUER was not yet the rule every body wrote (Thông tư liên tịch 55/2005/TTLT-BNV-VPCP),
        // keeps its slash after the type code as printed, the issuer's unit after it too.
        else if (sep == "/" && !_layout.IsJointTypeCode(d.TypeCode!) && (!(k + 1 < codes.Count && separators[k].ValueSpan is "-")
            && (_repairs.Central(seg) ?? _repairs.CentralOfTerm(seg)) is null || SymbolLayout.BeforeHyphenedLayout(m))) d.TypeSeparator = '/';
        else if (sep == " " && issuers.Count > 0 && (_tables.IssuerCodeBook.Find(issuers[^1] + seg).Code ?? _repairs.SpacedInside(issuers[^1], seg)) is { } whole)
        {
            issuers[^1] = whole; // "TT-BGD ĐT", "101/2025/UBTV QH15", "40/NQ-HĐBC G": a space inside a code
            d.Repaired = true;
            return true;
        }
        else if (sep == " " && introduced && issuers.Count > 0 && PlaceTail(seg))
        {
            issuers[^1] += seg; // "Công văn số 03/LĐVVN BTh" (iu-022): the association's code and its province's, a space between
            d.Repaired = true;
            return true;
        }
        else if (sep == "-" && issuers.Count > 0 && _tables.IssuerCodeBook.Find(seg).Code is null && _repairs.Central(issuers[^1] + seg) is { } split)
        {
            // "TTLT/BLĐTBXH-BGD-ĐT-BTC": a hyphen inside a central body's code (BGDĐT) whose second half is no
            // body's code; two bodies' codes are never joined.
            issuers[^1] = split;
            d.Repaired = true;
            return true;
        }
        else if (sep == "." && issuers.Count > 0 && IsCodeShaped(seg) && char.IsUpper(seg[0]))
        {
            issuers[^1] += "." + Canonical(seg); // "931/TTr-PGD.Q8": a dot inside a unit's code
            return true;
        }
        else if (sep == "." && issuers.Count > 0 && seg.Length > 0 && seg.All(char.IsAsciiDigit) && UnitCodeAfter(in d, k))
        {
            // "4814/CCTKV.05-TTKT3" (md-006): a regional office's code and its number after a dot (Chi cục Thuế khu vực
            // V, 2025), then its unit after a hyphen; the pattern takes such digits only between a dot and a hyphen,
            // and they stay only where a unit's code follows, not a heading's word ("45/KH-UBND.1-MỤC ĐÍCH").
            issuers[^1] += "." + seg;
            return true;
        }
        return false;
    }

    // Whether the code after k is a unit's code in capitals, not a word of the text: it holds a digit or spells no
    // syllable ("TTKT3", "QLDN"; not "MỤC", "Yêu").
    private static bool UnitCodeAfter(in SymbolDraft d, int k)
    {
        if (k + 1 >= d.Codes.Count || d.Separators[k].ValueSpan is not "-") return false;
        var next = Slice(d.Normalized, d.Codes[k + 1]);
        return IsUpperCode(next) && (next.Any(char.IsAsciiDigit) || !VietnameseSyllable.IsSyllable(TextFolding.FoldLoose(next)));
    }

    // The first code of a state symbol read as its type code, into the draft: a type code the tables know, one with its
    // Đ read twice, or one glued to its issuer's code (which is added too); false where it is none.
    private bool ReadTypeCode(ref SymbolDraft d, string seg)
    {
        var (codes, separators) = (d.Codes, d.Separators);
        var (t, r) = _tables.TypeCodes.Find(seg);
        if (t is not null && codes.Count > 1
            && (_tables.TypeByCode(t, party: false) is not null || _layout.PartyTypeBeforeSlash(t, separators[0])))
        {
            d.TypeCode = t;
            d.Repaired |= r;
            return true;
        }
        // "Quyết định số 28/QĐÐ-TTg" (iu-037): Tesseract reads the Đ of a type code twice, once as the Icelandic
        // Ð, which the view reads as Đ; "QĐĐ" is no code, so the type code is the one with a single Đ.
        if (t is null && d.Introduced && codes.Count > 1 && seg.Contains("ĐĐ", StringComparison.Ordinal)
            && _tables.TypeCodes.Find(seg.Replace("ĐĐ", "Đ")) is { Code: { } single } && _tables.TypeByCode(single, party: false) is not null)
        {
            d.TypeCode = single;
            d.Repaired = true;
            return true;
        }
        if (_repairs.SplitGlued(seg) is { } glued) // "QĐUBND": a hyphen lost between type and issuer
        {
            (d.TypeCode, var code) = glued;
            d.Repaired = true;
            d.Issuers.Add(code);
            return true;
        }
        return false;
    }

    // The code at k that no table holds, kept as written where its shape and place make it a code ("QĐ-UBND" of a
    // commune, "6721/VPCP-V.I", "154/BC-UBPL15-m"); null where it is a word after the symbol.
    private string? WrittenCode(ref SymbolDraft d, int k, string sep, string seg)
    {
        var (normalized, introduced, typeCode, issuers, codes, separators) = (d.Normalized, d.Introduced, d.TypeCode, d.Issuers, d.Codes, d.Separators);
        var weakJoin = sep is " " or "." or "/";
        if ((!weakJoin || sep == "/") && (introduced || k > 0 || typeCode is not null) && IsUpperCode(seg)) return Canonical(seg);
        // "102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN": a joint document's issuers, one set apart by a space; only a
        // code in capitals that no syllable spells, so the words after a symbol ("… -CP VỀ VIỆC", "THI") end it.
        if (sep == " " && introduced && typeCode is not null && _layout.IsJointTypeCode(typeCode) && seg.Length >= 3
            && AllCapitals(seg) && !VietnameseSyllable.IsSyllable(TextFolding.FoldLoose(seg))) return Canonical(seg);
        // "6721/VPCP-V.I", "…-P.KT": a unit's code written with a dot inside it (Văn phòng Chính phủ's Vụ I), read
        // whole where capitals stand on both sides of the dot; the dot's second half joins it below.
        if (sep == "-" && issuers.Count > 0 && k + 1 < codes.Count && separators[k].ValueSpan is "."
            && AllCapitals(seg) && AllCapitals(Slice(normalized, codes[k + 1]))) return Canonical(seg);
        // "312 /TT-Tr-LDTB&XH": a code in the mixed case the rules write inside codes ("Tr" of CTr, TTr, QTr, GDTrH,
        // Nghị định 30/2020/NĐ-CP Phụ lục III), between two hyphens of a symbol: no word stands between two codes.
        if (sep == "-" && k + 1 < codes.Count && separators[k].ValueSpan is "-" && seg.Length <= 4
            && char.IsUpper(seg[0])) return Canonical(seg);
        // "630/CV SLĐTB&XH": a code with '&' joining its words ("BNN&PTNT", "LĐTB&XH") right after the first code,
        // its hyphen typed as a space; no word holds an '&'.
        if (sep == " " && k == 1 && introduced && issuers.Count + (typeCode is null ? 0 : 1) == 1 && seg.Contains('&')
            && IsUpperCode(seg)) return Canonical(seg);
        // "624/HD.PGDĐT": a type code, a dot for the hyphen, then a local office's code in capitals, kept as written.
        // Only as the symbol's last code: a word after it ("… ngày", "… của") is captured after a space and ends it.
        if (sep == "." && k == 1 && introduced && typeCode is not null && issuers.Count == 0
            && (codes.Count == 2 || separators[1].ValueSpan is " ")
            && IsUpperCode(seg) && !seg.Any(char.IsLower))
        {
            d.TypeSeparator = '.';
            return Canonical(seg);
        }
        // "Báo cáo thẩm tra số 154/BC-UBPL15-m" (jg-034): a National Assembly committee closes its report's symbol
        // with one lower-case letter after a hyphen, kept as printed. Only last (a word after a space ends it) and
        // glued to its hyphen: no word is one letter glued so, while "… - ở" sets a word apart with spaces.
        if (sep == "-" && introduced && issuers.Count > 0 && separators[k - 1].ValueSpan is "-"
            && (k == codes.Count - 1 || separators[k].ValueSpan is " ")
            && seg.Length == 1 && char.IsAsciiLetterLower(seg[0])) return seg;
        return null;
    }

    // The symbol composed from the codes read: the checks a symbol standing alone must pass, the legislature's term
    // written apart, the one issuer code a type implies, the layout and the suffix after the symbol; or null.
    private (DocumentSymbol Symbol, int End)? Finish(ref SymbolDraft d, string serial)
    {
        var (normalized, m, introduced, party, typeCode, issuers, end, repaired) =
            (d.Normalized, d.Match, d.Introduced, d.Party, d.TypeCode, d.Issuers, d.End, d.Repaired);
        if (issuers.Count == 0 && typeCode is null) return null;
        if (!party && typeCode is null && !introduced && !_layout.KnownIssuer(issuers)) return null;
        if (!party && m.Ssp && (typeCode is null || issuers.Count == 0)) return null; // "19 CT-TTg" needs a known type code
        // "Nghị định số 134/2016NĐ-CP" (kq-063), "Nghị quyết số 11.NQ-CP của Chính phủ" (kn-069): the slash before the type
        // code lost after the year, or typed as a dot after the serial; read where a type word or "số" introduced the
        // number, with a type code and an issuer's code after it, so "2.KH-…" of a numbered list is no symbol.
        if (!party && m.Sfix)
        {
            if (!introduced || typeCode is null || issuers.Count == 0) return null;
            repaired = true;
        }

        // "819/NQ-UBTVQH 14": the legislature's term written apart from its code.
        if (!party && issuers.Count > 0 && SymbolCodeRepairs.TermCodes.Contains(issuers[^1]) && SpacedTerm().Match(normalized, end) is { Success: true } term)
        {
            issuers[^1] += term.Groups["t"].Value;
            end = term.Index + term.Length;
            repaired = true;
        }
        int? year = m.Year.Success ? int.Parse(m.Year.ValueSpan) : null;
        if (!party && year is not null && _repairs.ImpliedIssuer(typeCode, issuers) is { } implied)
        {
            issuers[0] = implied; // "Nghị định số 126/2024/NĐ- C5" (iu-041): the code every Nghị định carries, its P misread
            repaired = true;
        }
        (party, typeCode) = _layout.Layout(party, year, typeCode, issuers);
        // "Quyết định số 96 NQ/QHK6" (jd-022, the ig- and ih- rules for a space where the separator was): the space says
        // nothing of the layout, and a state body (Quốc hội, its term K6 after its code) numbers in the state layout,
        // 96/NQ-QHK6; a Đoàn's or a Hội's "105 KH/TĐ" (dc-026) keeps the Party layout its rules share.
        if (party && m.Psp && issuers.Count == 1 && _layout.IsStateBody(issuers[0])) party = false;
        var number = SymbolLayout.Compose(serial, year, typeCode, issuers, party, d.TypeSeparator);
        if (SymbolSuffix.After(normalized, end, party, year is not null) is { } suffix)
        {
            number += suffix;
            end += suffix.Length;
        }
        return (new DocumentSymbol(number, serial, year, typeCode, issuers, party, repaired), end);
    }

    [GeneratedRegex(@"\G\x20(?<t>\d{2})(?![\d/.,]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTerm();
}
