/// The fixed words the renderer prints, in every language it knows.
///
/// One table, one row per language: adding a language is adding a row. A language
/// without a row falls back to English, and the layout warns once.
public enum Term: String, CaseIterable, Sendable {
    case keyPoints, participants, decisions, actions, sources, contents, annex
    case figure, source, note, warning, decision, draft
    case page, pageOf
    case action, owner, due, status, parties, number
    case agreed, proposed, rejected, open, inProgress, done
    case date, place, time, chairs, issuer, reference, name, role, other
    case delegation, accessed
}

public enum Vocabulary {
    /// Languages with a complete row.
    public static var languages: [String] { Array(table.keys).sorted() }

    /// The term in `language` (primary subtag), or nil when that language has no row.
    public static func term(_ term: Term, language: String) -> String? {
        let primary = language.split(separator: "-").first.map { String($0).lowercased() } ?? language
        return table[primary]?[term]
    }

    /// "page 3 of 12" in the language, from its `pageOf` pattern with `{n}` and `{m}`.
    public static func pageOf(_ page: Int, _ count: Int, pattern: String) -> String {
        pattern.replacingOccurrences(of: "{n}", with: String(page)).replacingOccurrences(of: "{m}", with: String(count))
    }

    static let table: [String: [Term: String]] = [
        "en": [
            .keyPoints: "Key points", .participants: "Participants", .decisions: "Decisions", .actions: "Follow-up actions",
            .sources: "Sources", .contents: "Contents", .annex: "Annex", .figure: "Figure", .source: "Source",
            .note: "Note", .warning: "Warning", .decision: "Decision", .draft: "DRAFT", .page: "Page",
            .pageOf: "Page {n} of {m}", .action: "Action", .owner: "Owner", .due: "Due", .status: "Status", .parties: "Parties",
            .number: "No.", .agreed: "Agreed", .proposed: "Proposed", .rejected: "Rejected", .open: "Open",
            .inProgress: "In progress", .done: "Done", .date: "Date", .place: "Place", .time: "Time",
            .chairs: "Chaired by", .issuer: "Issued by", .reference: "Reference", .name: "Name", .role: "Position",
            .other: "Other participants", .delegation: "Delegation", .accessed: "Published",
        ],
        "fr": [
            .keyPoints: "Points clés", .participants: "Participants", .decisions: "Décisions", .actions: "Suites à donner",
            .sources: "Sources", .contents: "Sommaire", .annex: "Annexe", .figure: "Figure", .source: "Source",
            .note: "Remarque", .warning: "Attention", .decision: "Décision", .draft: "PROJET", .page: "Page",
            .pageOf: "Page {n} sur {m}", .action: "Action", .owner: "Responsable", .due: "Échéance", .status: "État", .parties: "Parties",
            .number: "Nº", .agreed: "Adoptée", .proposed: "Proposée", .rejected: "Rejetée", .open: "À faire",
            .inProgress: "En cours", .done: "Fait", .date: "Date", .place: "Lieu", .time: "Horaire",
            .chairs: "Coprésidence", .issuer: "Émetteur", .reference: "Référence", .name: "Nom", .role: "Fonction",
            .other: "Autres participants", .delegation: "Délégation", .accessed: "Publié le",
        ],
        "vi": [
            .keyPoints: "Những điểm chính", .participants: "Thành phần tham dự", .decisions: "Các quyết định",
            .actions: "Các việc cần triển khai", .sources: "Nguồn tài liệu", .contents: "Mục lục", .annex: "Phụ lục",
            .figure: "Hình", .source: "Nguồn", .note: "Ghi chú", .warning: "Lưu ý", .decision: "Quyết định",
            .draft: "DỰ THẢO", .page: "Trang", .pageOf: "Trang {n}/{m}", .action: "Nội dung công việc", .owner: "Phụ trách", .due: "Thời hạn",
            .status: "Tình trạng", .parties: "Các bên", .number: "STT", .agreed: "Đã thống nhất", .proposed: "Đề xuất",
            .rejected: "Bác bỏ", .open: "Chưa thực hiện", .inProgress: "Đang thực hiện", .done: "Đã hoàn thành",
            .date: "Ngày", .place: "Địa điểm", .time: "Thời gian", .chairs: "Đồng chủ trì", .issuer: "Cơ quan ban hành",
            .reference: "Số hiệu", .name: "Họ và tên", .role: "Chức vụ", .other: "Thành phần khác",
            .delegation: "Đoàn", .accessed: "Ngày đăng",
        ],
        "lo": [
            .keyPoints: "ຈຸດສຳຄັນ", .participants: "ຜູ້ເຂົ້າຮ່ວມ", .decisions: "ມະຕິຕົກລົງ", .actions: "ວຽກງານທີ່ຕ້ອງປະຕິບັດ",
            .sources: "ແຫຼ່ງຂໍ້ມູນ", .contents: "ສາລະບານ", .annex: "ເອກະສານຊ້ອນທ້າຍ", .figure: "ຮູບທີ", .source: "ແຫຼ່ງທີ່ມາ",
            .note: "ໝາຍເຫດ", .warning: "ຂໍ້ຄວນລະວັງ", .decision: "ມະຕິ", .draft: "ຮ່າງ", .page: "ໜ້າ",
            .pageOf: "ໜ້າ {n} / {m}", .action: "ວຽກງານ", .owner: "ຜູ້ຮັບຜິດຊອບ", .due: "ກຳນົດເວລາ", .status: "ສະຖານະ", .parties: "ພາກສ່ວນ",
            .number: "ລ/ດ", .agreed: "ຕົກລົງແລ້ວ", .proposed: "ສະເໜີ", .rejected: "ປະຕິເສດ", .open: "ຍັງບໍ່ດຳເນີນ",
            .inProgress: "ກຳລັງດຳເນີນ", .done: "ສຳເລັດແລ້ວ", .date: "ວັນທີ", .place: "ສະຖານທີ່", .time: "ເວລາ",
            .chairs: "ປະທານຮ່ວມ", .issuer: "ອອກໂດຍ", .reference: "ເລກທີ", .name: "ຊື່ ແລະ ນາມສະກຸນ", .role: "ຕຳແໜ່ງ",
            .other: "ຜູ້ເຂົ້າຮ່ວມອື່ນໆ", .delegation: "ຄະນະຜູ້ແທນ", .accessed: "ວັນທີເຜີຍແຜ່",
        ],
    ]
}
