using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// What a text whose header gives no number says of itself where it names itself ("Báo cáo số 228/BC-UBND ngày
/// 05/12/2023 của UBND phường Hà Phong về ...", "(Ban hành kèm theo Quyết định số ...)"): its number, its type, the
/// date and subject written with them, the page's headline when the sentence repeats its subject (then the
/// document's title), the body written with them ("của UBND phường Hà Phong"), and the text they were read from. Immutable.
/// </summary>
internal sealed record SelfNaming(
    DocumentSymbol Symbol, DocumentTypeRow Type, DateValue? Date, string? Subject, string? HeadlineTitle, Evidence Evidence, string? Issuer = null);
