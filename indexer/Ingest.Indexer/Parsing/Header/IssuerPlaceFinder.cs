using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Completes a body that a text names without its place ("HĐND huyện thông báo …", "Thường trực Hội đồng nhân
/// dân xã xây dựng …", "Phòng Giáo dục và Đào tạo hướng dẫn …") from where the same text names that body with
/// its place ("Chủ tịch HĐND huyện Ngân Sơn", "Hội đồng nhân dân xã Gia Hanh căn cứ", "Phòng GD&amp;ĐT huyện
/// Bình Chánh"), outside citations of other bodies' documents: a body's own text names its own place. One place
/// found completes the name; none or several leave it alone. Pure and thread-safe; reads the first
/// <see cref="SelfStatementReader.Window"/> characters only, a few scans per call.
/// </summary>
public sealed class IssuerPlaceFinder
{
    private static readonly string[] DistrictWords = ["huyen", "quan", "thi xa", "thanh pho"];
    private readonly IssuerUnitReader _units;
    private readonly ProvinceGazetteer _provinces;

    /// <summary>A finder reading bodies' names with <paramref name="units"/>, knowing provinces by <paramref name="provinces"/>.</summary>
    public IssuerPlaceFinder(IssuerUnitReader units, ProvinceGazetteer provinces) => (_units, _provinces) = (units, provinces);

    /// <summary>The name completed with its place and the mention that gives it, or null.</summary>
    public (string Name, Evidence Evidence)? Complete(TextView view, IReadOnlyList<(int Start, int End)> citations, string name)
    {
        if (_units.ReadName(name) is not { Place: null, Head: { } head } unit) return null;
        // "Phòng Giáo dục và Đào tạo": a district's office, whichever district word the text writes before the place.
        var jurisdictions = unit.Jurisdiction is null
            ? (head.IsChild && (head.Level ?? head.FallbackLevel) == AdministrativeLevel.District ? DistrictWords : null)
            : unit.Jurisdiction is "tỉnh" ? null : [""];
        if (jurisdictions is null) return unit.Level == AdministrativeLevel.District ? DistrictNamed(view, citations, name) : null;
        var (n, f) = (view.Normalized, view.Folded);
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        var cited = new SpanSet(citations);
        string? place = null;
        (int Start, int End) at = default;
        foreach (var key in Keys(name))
            foreach (var j in jurisdictions)
            {
                var wanted = j.Length == 0 ? key + " " : $"{key} {j} ";
                foreach (var i in WordsAt(f, wanted, limit))
                {
                    if (cited.Contains(i)) continue;
                    var p = i + wanted.Length;
                    if (NextLineOpens(view, p) || PlaceEnd(n, p) is not { } end) continue;
                    var read = (Text: n[p..end], End: end);
                    if (ProvinceAsDistrict(wanted, read.Text)) continue;
                    var found = (j.Length == 0 ? "" : n[(p - j.Length - 1)..(p - 1)] + " ") + read.Text;
                    if (place is not null && TextFolding.FoldLoose(place) != TextFolding.FoldLoose(found)) return null;
                    if (place is null) (place, at) = (found, (i, read.End));
                }
            }
        if (place is null && unit.Jurisdiction is { } commune && unit.Level == AdministrativeLevel.Commune && EndsWithWord(name, commune))
            (place, at) = CommuneNamed(view, cited, limit, commune);
        if (place is null && unit.Jurisdiction is null) (place, at) = AreaServed(view, cited, limit);
        // "Thường trực HĐND huyện xây dựng lịch tiếp công dân …" over "Địa điểm: Trụ sở tiếp công dân huyện Na Rì" (kv-thuong-
        // truc-hdnd-huyen-na-ri-tb-2021-tiep-cong-dan-headerless): a district council's or committee's own organ names its
        // district where its text sets its work, as a commune's body does. (The committee itself, "UBND thị xã" of
        // jp-ubnd-tx-ba-don-kh-2018-657-headerless, is completed so too, but a name read only in its own numbering sentence
        // is flagged for review however right it is, so it is left as written.)
        if (place is null && head.IsChild && unit.Jurisdiction is "huyện" or "quận" or "thị xã" && EndsWithWord(name, unit.Jurisdiction))
            return DistrictNamed(view, citations, name, unit.Jurisdiction);
        if (place is null) return null;
        var (s, e) = view.ToOriginalSpan(at.Start, at.End);
        return ($"{name} {place}", new Evidence("mention", view.Original[s..e], s, e));
    }

    // "BCH ĐOÀN HUYỆN THANH HÓA" under "TỈNH ĐOÀN THANH HÓA" (jr-bch-doan-huyen-ha-trung-kh-2019-90-nam-dang): the
    // province's name after "huyện" is a slip, for no huyện bears its province's name (the city that does is a "thành
    // phố"); it names no district.
    private bool ProvinceAsDistrict(string wanted, string place) =>
        wanted.EndsWith("huyen ", StringComparison.Ordinal) && _provinces.Exact(place) is not null;

    // "Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền kỷ niệm 20 năm Ngày thành lập huyện Tam Đường": a district
    // Party committee's body speaks without its district, and its own text names the district it serves, as a
    // commune's does (below): the one district of that kind the text names outside citations, known to the district
    // table, completes it ("Ban Tuyên giáo Huyện ủy Tam Đường"). Two districts named complete nothing.
    private (string Name, Evidence Evidence)? DistrictNamed(TextView view, IReadOnlyList<(int Start, int End)> citations, string name, string? kind = null)
    {
        if ((kind ?? _units.PlaceKindAtEnd(name)) is not { } placeKind) return null;
        kind = placeKind;
        var (n, f) = (view.Normalized, view.Folded);
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        var cited = new SpanSet(citations);
        var wanted = TextFolding.FoldLoose(kind) + " ";
        string? place = null;
        (int Start, int End) at = default;
        foreach (var i in WordsAt(f, wanted, limit))
        {
            if (cited.Contains(i) || PlaceEnd(n, i + wanted.Length) is not { } end) continue;
            // "huyện Tam Đường" / "Thứ tư …": the district's name is the longest run of its words the table knows.
            var words = n[(i + wanted.Length)..end].Split(' ');
            var known = Enumerable.Range(1, words.Length).Reverse().Select(k => string.Join(' ', words.Take(k)))
                .FirstOrDefault(w => DistrictGazetteer.Default.ProvincesOf(w, kind).Count > 0);
            if (known is null) continue;
            if (ProvinceAsDistrict(wanted, known)) continue;
            if (place is not null && TextFolding.FoldLoose(place) != TextFolding.FoldLoose(known)) return null;
            if (place is null) (place, at) = (known, (i, i + wanted.Length + known.Length));
        }
        if (place is null) return null;
        var (s, e) = view.ToOriginalSpan(at.Start, at.End);
        return ($"{name} {place}", new Evidence("mention", view.Original[s..e], s, e));
    }

    /// <summary>
    /// True when the text names no district, town or provincial city by its name in its first part, citations included
    /// ("Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng …" under "Căn cứ … của Sở Giáo dục và Đào tạo Thành phố Hồ Chí
    /// Minh", dc-pgd-quan-11-cv-benh-truyen-nhiem-2025): the office's name as written is then all the text says of its
    /// issuer, and no other district's name can be taken for it. A province's name after "thành phố" is no district.
    /// </summary>
    public bool NamesNoDistrictAnywhere(TextView view)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        foreach (var word in DistrictWords)
        {
            var wanted = word + " ";
            foreach (var i in WordsAt(f, wanted, limit))
            {
                var p = i + wanted.Length;
                if (NextLineOpens(view, p) || PlaceEnd(n, p) is not { } end) continue;
                if (word == "thanh pho" && _provinces.Exact(n[p..end]) is not null) continue;
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when the text names no place of the district kind <paramref name="name"/> ends with ("huyện" for "Ban Tuyên giáo
    /// Huyện ủy") outside citations: the name as written is then all the text says of it, not one of several districts.
    /// </summary>
    public bool NamesNoDistrict(TextView view, IReadOnlyList<(int Start, int End)> citations, string name)
    {
        if (_units.PlaceKindAtEnd(name) is not { } kind) return false;
        var (n, f) = (view.Normalized, view.Folded);
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        var cited = new SpanSet(citations);
        var wanted = TextFolding.FoldLoose(kind) + " ";
        foreach (var i in WordsAt(f, wanted, limit))
            if (!cited.Contains(i) && PlaceEnd(n, i + wanted.Length) is not null) return false;
        return true;
    }

    // "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng … thực hiện … trên địa bàn Quận 11": a district's office that does
    // not say whose sets its work in its own district; the one district the text names after "trên địa bàn", outside
    // citations and known to the district table, is its own. Two districts named complete nothing.
    private static (string? Place, (int Start, int End) At) AreaServed(TextView view, SpanSet cited, int limit)
    {
        var (n, f) = (view.Normalized, view.Folded);
        const string Area = "tren dia ban ";
        string? place = null;
        (int Start, int End) at = default;
        foreach (var i in WordsAt(f, Area, limit))
        {
            if (cited.Contains(i)) continue;
            var k = i + Area.Length;
            if (DistrictWords.FirstOrDefault(w => string.CompareOrdinal(f, k, w + " ", 0, w.Length + 1) == 0) is not { } kind) continue;
            var p = k + kind.Length + 1;
            if (PlaceEnd(n, p) is not { } end) continue;
            var words = n[p..end].Split(' ');
            var written = n[k..(k + kind.Length)];
            var known = Enumerable.Range(1, words.Length).Reverse().Select(c => string.Join(' ', words.Take(c)))
                .FirstOrDefault(w => DistrictGazetteer.Default.ProvincesOf(w, written).Count > 0);
            if (known is null) continue;
            var found = $"{written} {known}";
            if (place is not null && TextFolding.FoldLoose(place) != TextFolding.FoldLoose(found)) return (null, default);
            if (place is null) (place, at) = (found, (k, p + known.Length));
        }
        return (place, at);
    }

    // A commune's own text names the commune it governs ("… đơn vị hành chính thị trấn Hữu Lũng giai đoạn 2023 –
    // 2025") even where its committee speaks as "UBND thị trấn": the one commune of that kind the text names,
    // outside citations, is its own. Two communes named ("xã Tân Phú và xã Tân An") complete nothing.
    private static (string? Place, (int Start, int End) At) CommuneNamed(TextView view, SpanSet cited, int limit, string jurisdiction)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var wanted = TextFolding.FoldLoose(jurisdiction) + " ";
        string? place = null;
        (int Start, int End) at = default;
        foreach (var i in WordsAt(f, wanted, limit))
        {
            if (cited.Contains(i) || NotCommuneAt(f, i, wanted.Length)) continue;
            var p = i + wanted.Length;
            if (PlaceEnd(n, p) is not { } end || LineBreakBefore(view, p)) continue;
            var found = n[p..end];
            if (place is not null && TextFolding.FoldLoose(place) != TextFolding.FoldLoose(found)) return (null, default);
            if (place is null) (place, at) = (found, (i, end));
        }
        return (place, at);
    }

    // Where the folded words start a word of the folded text's first `limit` characters with something after them: the
    // one walk over a place word's mentions that every reader above makes.
    private static IEnumerable<int> WordsAt(string folded, string wanted, int limit)
    {
        for (var i = folded.IndexOf(wanted, 0, limit, StringComparison.Ordinal); i >= 0 && i + wanted.Length < limit;
             i = folded.IndexOf(wanted, i + 1, limit - i - 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetterOrDigit(folded[i - 1])) yield return i;
    }

    /// <summary>Whether the name ends with the word, as "UBND thị trấn" ends with "thị trấn": nothing named after it.</summary>
    public static bool EndsWithWord(string name, string word) =>
        TextFolding.FoldLoose(name).EndsWith(" " + TextFolding.FoldLoose(word), StringComparison.Ordinal);

    // "… trên địa bàn thị trấn" / "Căn cứ …": a headline ending with the word, the next line's first word no place. The
    // whole gap between the two words is looked at: blank and indented lines between them ("XÃ" / " " / "          Căn
    // cứ", je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless) are one space of the normalized text.
    private static bool LineBreakBefore(TextView view, int at)
    {
        if (at < 2) return false;
        var (s, _) = view.ToOriginalSpan(at - 2, at - 1);
        var (e, _) = view.ToOriginalSpan(at, at + 1);
        return e > s && view.Original.AsSpan(s, e - s).ContainsAny('\n', '\r');
    }

    // "thị xã Hồng Ngự" is a district, "XÃ HỘI CHỦ NGHĨA" the motto's society: neither names a commune.
    private static bool NotCommuneAt(string f, int i, int length) =>
        f.AsSpan(0, i).EndsWith("thi ", StringComparison.Ordinal)
        || string.CompareOrdinal(f, i + length, "hoi", 0, 3) == 0 && (i + length + 3 == f.Length || !char.IsAsciiLetter(f[i + length + 3]));

    // The name as folded, in full and abbreviated ("hoi dong nhan dan xa", "hdnd xa"), and the same for the body
    // of the place it belongs to ("Hội đồng nhân dân xã" of "Thường trực Hội đồng nhân dân xã").
    private IEnumerable<string> Keys(string name)
    {
        var written = Expand(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = new List<string> { TextFolding.FoldLoose(string.Join(' ', written)) };
        for (var k = 1; k < written.Length - 1; k++)
        {
            var rest = TextFolding.FoldLoose(string.Join(' ', written.Skip(k)));
            // The rest opens with a parent body's head word ("Hội đồng nhân dân xã"), not inside one.
            if (_units.ReadName(string.Join(' ', written.Skip(k))) is not { Head: { IsChild: false } parent }
                || !rest.StartsWith(TextFolding.FoldLoose(Expand(parent.Text)) + " ", StringComparison.Ordinal)) continue;
            keys.Add(rest);
            break;
        }
        return keys.SelectMany(key => new[] { key, Abbreviate(key) }).Distinct();
    }

    // "… Lãnh đạo UBND huyện" / "Hiện nay, tình hình dịch bệnh …" (ji-ubnd-huyen-tb-2021-81-headerless), "CHỦ TỊCH ỦY BAN
    // NHÂN DÂN XÃ" / "Căn cứ Luật …" (je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless): a line that ends with the
    // jurisdiction's word leaves the place unnamed, and the next line's capital opens its sentence. Only a heading broken
    // in capitals ("ỦY BAN NHÂN DÂN HUYỆN" / "CHÂU THÀNH") carries the place over to the next line.
    private static bool NextLineOpens(TextView view, int at)
    {
        if (!LineBreakBefore(view, at)) return false;
        var n = view.Normalized;
        var e = at;
        while (e < n.Length && char.IsLetter(n[e])) e++;
        return AllCapitals(n, at, e) is not true;
    }

    private const int MaxPlaceWords = 4;

    // A place's name is its capitalized words or its number ("Ngân Sơn" of "Ngân Sơn khóa XIX", "11" of "Quận 11,"),
    // all in one case: "THÀNH PHỐ LONG XUYÊN" ends a heading line, and "Căn cứ" on the next line is no part of it.
    internal static int? PlaceEnd(string n, int at)
    {
        if (OpensSentence(n, at)) return null;
        int? end = null;
        bool? capitals = null;
        for (var words = 0; words < MaxPlaceWords && at < n.Length && (char.IsUpper(n[at]) || char.IsDigit(n[at])); words++)
        {
            var e = at;
            while (e < n.Length && (char.IsLetterOrDigit(n[e]) || n[e] is '\'' or '’' or '-')) e++;
            if (AllCapitals(n, at, e) is { } caps)
            {
                if (capitals is { } c && c != caps) break;
                capitals = caps;
            }
            end = e;
            if (e >= n.Length - 1 || n[e] != ' ') break;
            at = e + 1;
        }
        return end;
    }

    // The words that open a sentence or a preamble, never a place's name. A text that lost its line breaks runs a
    // headline's last word into the next line's first: "… trên địa bàn thị trấn Căn cứ Đề án số 01/ĐA-UBND …"
    // (ic-thi-tran-huu-lung-tb-hoi-nghi-cu-tri-2024-portal), "… Lãnh đạo UBND huyện Hiện nay, tình hình dịch bệnh …"
    // (ji-ubnd-huyen-tb-2021-81-headerless), where a line break told them apart (NextLineOpens).
    private static readonly string[] SentenceOpeners = [.. HeaderText.BodyOpeningWords, "Hiện nay"];

    private static bool OpensSentence(string n, int at)
    {
        foreach (var opener in SentenceOpeners)
            if (n.AsSpan(at).StartsWith(opener, StringComparison.Ordinal)
                && (at + opener.Length == n.Length || !char.IsLetterOrDigit(n[at + opener.Length]))) return true;
        return false;
    }

    // Whether a word of two letters or more is written in capitals only; null for a shorter word or a number.
    private static bool? AllCapitals(string n, int s, int e)
    {
        var letters = 0;
        var upper = true;
        for (var i = s; i < e; i++)
            if (char.IsLetter(n[i])) { letters++; upper &= char.IsUpper(n[i]); }
        return letters >= 2 ? upper : null;
    }

    private static string Expand(string name) =>
        name.Replace("UBND", "Ủy ban nhân dân", StringComparison.Ordinal).Replace("HĐND", "Hội đồng nhân dân", StringComparison.Ordinal);

    private static string Abbreviate(string folded) =>
        folded.Replace("uy ban nhan dan", "ubnd", StringComparison.Ordinal).Replace("hoi dong nhan dan", "hdnd", StringComparison.Ordinal)
            .Replace("giao duc va dao tao", "gd&dt", StringComparison.Ordinal);
}
