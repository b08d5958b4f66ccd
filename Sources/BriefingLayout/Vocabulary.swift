import BriefingText

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
    /// `chair` heads the cover's line for one chair, `chairs` for co-chairs.
    case meeting, date, issued, place, time, chair, chairs, issuer, reference, name, role, other
    case delegation, accessed
    /// A pie slice gathering the thinnest ones ("Other").
    case otherSlices
}

public enum Vocabulary {
    /// Languages with a complete row.
    public static var languages: [String] { Array(table.keys).sorted() }

    /// The term in `language`, or nil when that language has no row. Regions fall
    /// back to their language (`pt-BR` to `pt`), except that Chinese written in
    /// traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) has its own row.
    public static func term(_ term: Term, language: String) -> String? {
        table[row(for: language)]?[term]
    }

    /// The key of the row that serves `language`: its primary subtag, or `zh-hant`
    /// for Chinese written in traditional characters.
    static func row(for language: String) -> String {
        if Script.of(language: language) == .hanTraditional { return "zh-hant" }
        return Script.primarySubtag(of: language)
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
            .inProgress: "In progress", .done: "Done", .meeting: "Meeting", .date: "Date", .issued: "Issued", .place: "Place", .time: "Time",
            .chair: "Chaired by", .chairs: "Co-chaired by", .issuer: "Issued by", .reference: "Reference", .name: "Name", .role: "Position",
            .other: "Other participants", .delegation: "Delegation", .accessed: "Published", .otherSlices: "Other",
        ],
        "fr": [
            .keyPoints: "Points clés", .participants: "Participants", .decisions: "Décisions", .actions: "Suites à donner",
            .sources: "Sources", .contents: "Sommaire", .annex: "Annexe", .figure: "Figure", .source: "Source",
            .note: "Remarque", .warning: "Attention", .decision: "Décision", .draft: "PROJET", .page: "Page",
            .pageOf: "Page {n} sur {m}", .action: "Action", .owner: "Responsable", .due: "Échéance", .status: "État", .parties: "Parties",
            .number: "Nº", .agreed: "Adoptée", .proposed: "Proposée", .rejected: "Rejetée", .open: "À faire",
            .inProgress: "En cours", .done: "Fait", .meeting: "Réunion", .date: "Date", .issued: "Établi le", .place: "Lieu", .time: "Horaire",
            .chair: "Présidence", .chairs: "Coprésidence", .issuer: "Émetteur", .reference: "Référence", .name: "Nom", .role: "Fonction",
            .other: "Autres participants", .delegation: "Délégation", .accessed: "Publié le", .otherSlices: "Autres",
        ],
        "vi": [
            .keyPoints: "Những điểm chính", .participants: "Thành phần tham dự", .decisions: "Các quyết định",
            .actions: "Các việc cần triển khai", .sources: "Nguồn tài liệu", .contents: "Mục lục", .annex: "Phụ lục",
            .figure: "Hình", .source: "Nguồn", .note: "Ghi chú", .warning: "Lưu ý", .decision: "Quyết định",
            .draft: "DỰ THẢO", .page: "Trang", .pageOf: "Trang {n}/{m}", .action: "Nội dung công việc", .owner: "Phụ trách", .due: "Thời hạn",
            .status: "Tình trạng", .parties: "Các bên", .number: "STT", .agreed: "Đã thống nhất", .proposed: "Đề xuất",
            .rejected: "Bác bỏ", .open: "Chưa thực hiện", .inProgress: "Đang thực hiện", .done: "Đã hoàn thành",
            .meeting: "Hội nghị", .date: "Ngày", .issued: "Ngày ban hành", .place: "Địa điểm", .time: "Thời gian", .chair: "Chủ trì", .chairs: "Đồng chủ trì", .issuer: "Cơ quan ban hành",
            .reference: "Số hiệu", .name: "Họ và tên", .role: "Chức vụ", .other: "Thành phần khác",
            .delegation: "Đoàn", .accessed: "Ngày đăng", .otherSlices: "Khác",
        ],
        "lo": [
            .keyPoints: "ຈຸດສຳຄັນ", .participants: "ຜູ້ເຂົ້າຮ່ວມ", .decisions: "ມະຕິຕົກລົງ", .actions: "ວຽກງານທີ່ຕ້ອງປະຕິບັດ",
            .sources: "ແຫຼ່ງຂໍ້ມູນ", .contents: "ສາລະບານ", .annex: "ເອກະສານຊ້ອນທ້າຍ", .figure: "ຮູບທີ", .source: "ແຫຼ່ງທີ່ມາ",
            .note: "ໝາຍເຫດ", .warning: "ຂໍ້ຄວນລະວັງ", .decision: "ມະຕິ", .draft: "ຮ່າງ", .page: "ໜ້າ",
            .pageOf: "ໜ້າ {n} / {m}", .action: "ວຽກງານ", .owner: "ຜູ້ຮັບຜິດຊອບ", .due: "ກຳນົດເວລາ", .status: "ສະຖານະ", .parties: "ພາກສ່ວນ",
            .number: "ລ/ດ", .agreed: "ຕົກລົງແລ້ວ", .proposed: "ສະເໜີ", .rejected: "ປະຕິເສດ", .open: "ຍັງບໍ່ດຳເນີນ",
            .inProgress: "ກຳລັງດຳເນີນ", .done: "ສຳເລັດແລ້ວ", .meeting: "ກອງປະຊຸມ", .date: "ວັນທີ", .issued: "ວັນທີອອກ", .place: "ສະຖານທີ່", .time: "ເວລາ",
            .chair: "ປະທານ", .chairs: "ປະທານຮ່ວມ", .issuer: "ອອກໂດຍ", .reference: "ເລກທີ", .name: "ຊື່ ແລະ ນາມສະກຸນ", .role: "ຕຳແໜ່ງ",
            .other: "ຜູ້ເຂົ້າຮ່ວມອື່ນໆ", .delegation: "ຄະນະຜູ້ແທນ", .accessed: "ວັນທີເຜີຍແຜ່", .otherSlices: "ອື່ນໆ",
        ],
        "es": [
            .keyPoints: "Puntos clave", .participants: "Participantes", .decisions: "Decisiones", .actions: "Acciones de seguimiento",
            .sources: "Fuentes", .contents: "Índice", .annex: "Anexo", .figure: "Figura", .source: "Fuente",
            .note: "Nota", .warning: "Advertencia", .decision: "Decisión", .draft: "BORRADOR", .page: "Página",
            .pageOf: "Página {n} de {m}", .action: "Acción", .owner: "Responsable", .due: "Plazo", .status: "Estado", .parties: "Partes",
            .number: "N.º", .agreed: "Adoptada", .proposed: "Propuesta", .rejected: "Rechazada", .open: "Pendiente",
            .inProgress: "En curso", .done: "Realizada", .meeting: "Reunión", .date: "Fecha", .issued: "Fecha de emisión", .place: "Lugar", .time: "Horario",
            .chair: "Presidencia", .chairs: "Copresidencia", .issuer: "Emitido por", .reference: "Referencia", .name: "Nombre", .role: "Cargo",
            .other: "Otros participantes", .delegation: "Delegación", .accessed: "Publicado el", .otherSlices: "Otros",
        ],
        "pt": [
            .keyPoints: "Pontos principais", .participants: "Participantes", .decisions: "Decisões", .actions: "Ações de acompanhamento",
            .sources: "Fontes", .contents: "Índice", .annex: "Anexo", .figure: "Figura", .source: "Fonte",
            .note: "Nota", .warning: "Atenção", .decision: "Decisão", .draft: "MINUTA", .page: "Página",
            .pageOf: "Página {n} de {m}", .action: "Ação", .owner: "Responsável", .due: "Prazo", .status: "Situação", .parties: "Partes",
            .number: "N.º", .agreed: "Aprovada", .proposed: "Proposta", .rejected: "Rejeitada", .open: "Pendente",
            .inProgress: "Em curso", .done: "Concluída", .meeting: "Reunião", .date: "Data", .issued: "Emitido em", .place: "Local", .time: "Horário",
            .chair: "Presidência", .chairs: "Copresidência", .issuer: "Emitido por", .reference: "Referência", .name: "Nome", .role: "Cargo",
            .other: "Outros participantes", .delegation: "Delegação", .accessed: "Publicado em", .otherSlices: "Outros",
        ],
        "de": [
            .keyPoints: "Kernpunkte", .participants: "Teilnehmende", .decisions: "Beschlüsse", .actions: "Folgemaßnahmen",
            .sources: "Quellen", .contents: "Inhalt", .annex: "Anlage", .figure: "Abbildung", .source: "Quelle",
            .note: "Hinweis", .warning: "Achtung", .decision: "Beschluss", .draft: "ENTWURF", .page: "Seite",
            .pageOf: "Seite {n} von {m}", .action: "Maßnahme", .owner: "Zuständig", .due: "Frist", .status: "Stand", .parties: "Beteiligte",
            .number: "Nr.", .agreed: "Beschlossen", .proposed: "Vorgeschlagen", .rejected: "Abgelehnt", .open: "Offen",
            .inProgress: "In Bearbeitung", .done: "Erledigt", .meeting: "Sitzung", .date: "Datum", .issued: "Ausgestellt am", .place: "Ort", .time: "Uhrzeit",
            .chair: "Vorsitz", .chairs: "Gemeinsamer Vorsitz", .issuer: "Herausgeber", .reference: "Aktenzeichen", .name: "Name", .role: "Funktion",
            .other: "Weitere Teilnehmende", .delegation: "Delegation", .accessed: "Veröffentlicht am", .otherSlices: "Sonstige",
        ],
        "ru": [
            .keyPoints: "Основные положения", .participants: "Участники", .decisions: "Решения", .actions: "Последующие действия",
            .sources: "Источники", .contents: "Содержание", .annex: "Приложение", .figure: "Рисунок", .source: "Источник",
            .note: "Примечание", .warning: "Внимание", .decision: "Решение", .draft: "ПРОЕКТ", .page: "Страница",
            .pageOf: "Страница {n} из {m}", .action: "Мероприятие", .owner: "Ответственный", .due: "Срок", .status: "Статус", .parties: "Стороны",
            .number: "№", .agreed: "Принято", .proposed: "Предложено", .rejected: "Отклонено", .open: "Не начато",
            .inProgress: "Выполняется", .done: "Выполнено", .meeting: "Заседание", .date: "Дата", .issued: "Дата выпуска", .place: "Место", .time: "Время",
            .chair: "Председатель", .chairs: "Сопредседатели", .issuer: "Подготовлено", .reference: "Номер документа", .name: "Ф. И. О.", .role: "Должность",
            .other: "Другие участники", .delegation: "Делегация", .accessed: "Дата публикации", .otherSlices: "Прочие",
        ],
        "th": [
            .keyPoints: "ประเด็นสำคัญ", .participants: "ผู้เข้าร่วมประชุม", .decisions: "มติที่ประชุม", .actions: "การดำเนินการต่อไป",
            .sources: "เอกสารอ้างอิง", .contents: "สารบัญ", .annex: "ภาคผนวก", .figure: "ภาพที่", .source: "ที่มา",
            .note: "หมายเหตุ", .warning: "ข้อควรระวัง", .decision: "มติ", .draft: "ร่าง", .page: "หน้า",
            .pageOf: "หน้า {n} จาก {m}", .action: "การดำเนินการ", .owner: "ผู้รับผิดชอบ", .due: "กำหนดเวลา", .status: "สถานะ", .parties: "ภาคี",
            .number: "ลำดับ", .agreed: "เห็นชอบ", .proposed: "เสนอ", .rejected: "ไม่เห็นชอบ", .open: "ยังไม่ดำเนินการ",
            .inProgress: "อยู่ระหว่างดำเนินการ", .done: "ดำเนินการแล้วเสร็จ", .meeting: "การประชุม", .date: "วันที่", .issued: "วันที่ออก", .place: "สถานที่", .time: "เวลา",
            .chair: "ประธาน", .chairs: "ประธานร่วม", .issuer: "ออกโดย", .reference: "เลขที่", .name: "ชื่อ-สกุล", .role: "ตำแหน่ง",
            .other: "ผู้เข้าร่วมอื่น ๆ", .delegation: "คณะผู้แทน", .accessed: "วันที่เผยแพร่", .otherSlices: "อื่น ๆ",
        ],
        "km": [
            .keyPoints: "ចំណុចសំខាន់ៗ", .participants: "អ្នកចូលរួម", .decisions: "សេចក្តីសម្រេចនានា", .actions: "សកម្មភាពបន្ត",
            .sources: "ឯកសារយោង", .contents: "មាតិកា", .annex: "ឧបសម្ព័ន្ធ", .figure: "រូបភាពទី", .source: "ប្រភព",
            .note: "កំណត់សម្គាល់", .warning: "ការប្រុងប្រយ័ត្ន", .decision: "សេចក្តីសម្រេច", .draft: "សេចក្តីព្រាង", .page: "ទំព័រ",
            .pageOf: "ទំព័រ {n} នៃ {m}", .action: "សកម្មភាព", .owner: "អ្នកទទួលខុសត្រូវ", .due: "កាលកំណត់", .status: "ស្ថានភាព", .parties: "ភាគី",
            .number: "ល.រ", .agreed: "បានឯកភាព", .proposed: "ស្នើឡើង", .rejected: "បានបដិសេធ", .open: "មិនទាន់អនុវត្ត",
            .inProgress: "កំពុងអនុវត្ត", .done: "បានបញ្ចប់", .meeting: "កិច្ចប្រជុំ", .date: "កាលបរិច្ឆេទ", .issued: "កាលបរិច្ឆេទចេញ", .place: "ទីកន្លែង", .time: "ម៉ោង",
            .chair: "ប្រធានអង្គប្រជុំ", .chairs: "សហប្រធាន", .issuer: "ចេញដោយ", .reference: "លេខលិខិត", .name: "គោត្តនាម និងនាម", .role: "មុខតំណែង",
            .other: "អ្នកចូលរួមផ្សេងទៀត", .delegation: "គណៈប្រតិភូ", .accessed: "កាលបរិច្ឆេទផ្សព្វផ្សាយ", .otherSlices: "ផ្សេងៗ",
        ],
        "my": [
            .keyPoints: "အဓိကအချက်များ", .participants: "တက်ရောက်သူများ", .decisions: "ဆုံးဖြတ်ချက်များ", .actions: "ဆက်လက်ဆောင်ရွက်ရန်ကိစ္စများ",
            .sources: "ကိုးကားချက်များ", .contents: "မာတိကာ", .annex: "နောက်ဆက်တွဲ", .figure: "ပုံ", .source: "ရင်းမြစ်",
            .note: "မှတ်ချက်", .warning: "သတိပြုရန်", .decision: "ဆုံးဖြတ်ချက်", .draft: "မူကြမ်း", .page: "စာမျက်နှာ",
            .pageOf: "စာမျက်နှာ {n}/{m}", .action: "ဆောင်ရွက်ရန်ကိစ္စ", .owner: "တာဝန်ခံ", .due: "သတ်မှတ်ရက်", .status: "အခြေအနေ", .parties: "သက်ဆိုင်သည့်ဘက်များ",
            .number: "စဉ်", .agreed: "သဘောတူပြီး", .proposed: "အဆိုပြုထား", .rejected: "ပယ်ချ", .open: "မစတင်ရသေး",
            .inProgress: "ဆောင်ရွက်ဆဲ", .done: "ပြီးစီး", .meeting: "အစည်းအဝေး", .date: "ရက်စွဲ", .issued: "ထုတ်ပြန်သည့်ရက်", .place: "နေရာ", .time: "အချိန်",
            .chair: "သဘာပတိ", .chairs: "တွဲဖက်သဘာပတိ", .issuer: "ထုတ်ပြန်သူ", .reference: "စာအမှတ်", .name: "အမည်", .role: "ရာထူး",
            .other: "အခြားတက်ရောက်သူများ", .delegation: "ကိုယ်စားလှယ်အဖွဲ့", .accessed: "ထုတ်ပြန်သည့်ရက်", .otherSlices: "အခြား",
        ],
        "ar": [
            .keyPoints: "النقاط الرئيسية", .participants: "المشاركون", .decisions: "القرارات", .actions: "إجراءات المتابعة",
            .sources: "المراجع", .contents: "المحتويات", .annex: "ملحق", .figure: "الشكل", .source: "المصدر",
            .note: "ملاحظة", .warning: "تنبيه", .decision: "قرار", .draft: "مسودة", .page: "صفحة",
            .pageOf: "صفحة {n} من {m}", .action: "الإجراء", .owner: "الجهة المسؤولة", .due: "الموعد النهائي", .status: "الحالة", .parties: "الأطراف",
            .number: "م", .agreed: "متفق عليه", .proposed: "مقترح", .rejected: "مرفوض", .open: "لم يبدأ",
            .inProgress: "قيد التنفيذ", .done: "منجز", .meeting: "الاجتماع", .date: "التاريخ", .issued: "تاريخ الإصدار", .place: "المكان", .time: "الوقت",
            .chair: "الرئاسة", .chairs: "الرئاسة المشتركة", .issuer: "الجهة المصدرة", .reference: "الرقم المرجعي", .name: "الاسم", .role: "المنصب",
            .other: "مشاركون آخرون", .delegation: "الوفد", .accessed: "تاريخ النشر", .otherSlices: "أخرى",
        ],
        "zh": [
            .keyPoints: "要点", .participants: "与会人员", .decisions: "决定事项", .actions: "后续行动",
            .sources: "参考资料", .contents: "目录", .annex: "附件", .figure: "图", .source: "资料来源",
            .note: "说明", .warning: "注意", .decision: "决定", .draft: "草案", .page: "页",
            .pageOf: "第 {n} 页，共 {m} 页", .action: "行动事项", .owner: "负责方", .due: "期限", .status: "状态", .parties: "相关方",
            .number: "序号", .agreed: "已商定", .proposed: "提议中", .rejected: "未通过", .open: "未启动",
            .inProgress: "进行中", .done: "已完成", .meeting: "会议", .date: "日期", .issued: "印发日期", .place: "地点", .time: "时间",
            .chair: "主持", .chairs: "共同主持", .issuer: "发布单位", .reference: "文号", .name: "姓名", .role: "职务",
            .other: "其他与会人员", .delegation: "代表团", .accessed: "发布日期", .otherSlices: "其他",
        ],
        "ja": [
            .keyPoints: "要点", .participants: "出席者", .decisions: "決定事項", .actions: "今後の対応",
            .sources: "参考資料", .contents: "目次", .annex: "別添", .figure: "図", .source: "出典",
            .note: "備考", .warning: "注意", .decision: "決定", .draft: "草案", .page: "ページ",
            .pageOf: "{n}/{m} ページ", .action: "対応事項", .owner: "担当", .due: "期限", .status: "状況", .parties: "関係者",
            .number: "番号", .agreed: "合意済み", .proposed: "提案中", .rejected: "不採択", .open: "未着手",
            .inProgress: "対応中", .done: "完了", .meeting: "会議", .date: "日付", .issued: "発行日", .place: "場所", .time: "時間",
            .chair: "議長", .chairs: "共同議長", .issuer: "作成", .reference: "文書番号", .name: "氏名", .role: "役職",
            .other: "その他の出席者", .delegation: "代表団", .accessed: "公表日", .otherSlices: "その他",
        ],
        "ko": [
            .keyPoints: "주요 내용", .participants: "참석자", .decisions: "결정 사항", .actions: "후속 조치",
            .sources: "참고 자료", .contents: "목차", .annex: "별첨", .figure: "그림", .source: "출처",
            .note: "참고", .warning: "주의", .decision: "결정", .draft: "초안", .page: "쪽",
            .pageOf: "{m}쪽 중 {n}쪽", .action: "조치 사항", .owner: "담당", .due: "기한", .status: "상태", .parties: "당사자",
            .number: "번호", .agreed: "합의", .proposed: "제안", .rejected: "거부", .open: "미착수",
            .inProgress: "진행 중", .done: "완료", .meeting: "회의", .date: "일자", .issued: "발행일", .place: "장소", .time: "시간",
            .chair: "의장", .chairs: "공동 의장", .issuer: "발행 기관", .reference: "문서 번호", .name: "성명", .role: "직위",
            .other: "기타 참석자", .delegation: "대표단", .accessed: "게시일", .otherSlices: "기타",
        ],
        "zh-hant": [
            .keyPoints: "要點", .participants: "與會人員", .decisions: "決定事項", .actions: "後續行動",
            .sources: "參考資料", .contents: "目錄", .annex: "附件", .figure: "圖", .source: "資料來源",
            .note: "說明", .warning: "注意", .decision: "決定", .draft: "草案", .page: "頁",
            .pageOf: "第 {n} 頁，共 {m} 頁", .action: "行動事項", .owner: "負責方", .due: "期限", .status: "狀態", .parties: "相關方",
            .number: "序號", .agreed: "已商定", .proposed: "提議中", .rejected: "未通過", .open: "未啟動",
            .inProgress: "進行中", .done: "已完成", .meeting: "會議", .date: "日期", .issued: "印發日期", .place: "地點", .time: "時間",
            .chair: "主持", .chairs: "共同主持", .issuer: "發布單位", .reference: "文號", .name: "姓名", .role: "職務",
            .other: "其他與會人員", .delegation: "代表團", .accessed: "發布日期", .otherSlices: "其他",
        ],
        "he": [
            .keyPoints: "עיקרי הדברים", .participants: "משתתפים", .decisions: "החלטות", .actions: "משימות להמשך",
            .sources: "מקורות", .contents: "תוכן העניינים", .annex: "נספח", .figure: "איור", .source: "מקור",
            .note: "הערה", .warning: "אזהרה", .decision: "החלטה", .draft: "טיוטה", .page: "עמוד",
            .pageOf: "עמוד {n} מתוך {m}", .action: "משימה", .owner: "אחראי", .due: "מועד", .status: "סטטוס", .parties: "צדדים",
            .number: "מס׳", .agreed: "אושרה", .proposed: "מוצעת", .rejected: "נדחתה", .open: "טרם החלה",
            .inProgress: "בביצוע", .done: "בוצעה", .meeting: "פגישה", .date: "תאריך", .issued: "תאריך הפקה", .place: "מקום", .time: "שעה",
            .chair: "יושב ראש", .chairs: "יושבי ראש משותפים", .issuer: "מפרסם", .reference: "סימוכין", .name: "שם",
            .role: "תפקיד", .other: "משתתפים נוספים", .delegation: "משלחת", .accessed: "פורסם", .otherSlices: "אחר",
        ],
        "el": [
            .keyPoints: "Κύρια σημεία", .participants: "Συμμετέχοντες", .decisions: "Αποφάσεις", .actions: "Περαιτέρω ενέργειες",
            .sources: "Πηγές", .contents: "Περιεχόμενα", .annex: "Παράρτημα", .figure: "Διάγραμμα", .source: "Πηγή",
            .note: "Σημείωση", .warning: "Προσοχή", .decision: "Απόφαση", .draft: "ΣΧΕΔΙΟ", .page: "Σελίδα",
            .pageOf: "Σελίδα {n} από {m}", .action: "Ενέργεια", .owner: "Υπεύθυνος", .due: "Προθεσμία", .status: "Κατάσταση", .parties: "Μέρη",
            .number: "Α/Α", .agreed: "Εγκρίθηκε", .proposed: "Προτάθηκε", .rejected: "Απορρίφθηκε", .open: "Εκκρεμεί",
            .inProgress: "Σε εξέλιξη", .done: "Ολοκληρώθηκε", .meeting: "Συνεδρίαση", .date: "Ημερομηνία", .issued: "Ημερομηνία έκδοσης",
            .place: "Τόπος", .time: "Ώρα", .chair: "Προεδρία", .chairs: "Συμπροεδρία", .issuer: "Εκδότης", .reference: "Αριθ. πρωτ.",
            .name: "Ονοματεπώνυμο", .role: "Ιδιότητα", .other: "Λοιποί συμμετέχοντες", .delegation: "Αντιπροσωπεία",
            .accessed: "Ημερομηνία δημοσίευσης", .otherSlices: "Λοιπά",
        ],
        "hi": [
            .keyPoints: "मुख्य बिंदु", .participants: "प्रतिभागी", .decisions: "निर्णय", .actions: "अनुवर्ती कार्रवाई",
            .sources: "स्रोत", .contents: "विषय-सूची", .annex: "अनुलग्नक", .figure: "चित्र", .source: "स्रोत",
            .note: "टिप्पणी", .warning: "चेतावनी", .decision: "निर्णय", .draft: "प्रारूप", .page: "पृष्ठ",
            .pageOf: "पृष्ठ {n}/{m}", .action: "कार्रवाई", .owner: "उत्तरदायी", .due: "समय-सीमा", .status: "स्थिति", .parties: "पक्ष",
            .number: "क्र.सं.", .agreed: "स्वीकृत", .proposed: "प्रस्तावित", .rejected: "अस्वीकृत", .open: "लंबित",
            .inProgress: "प्रगति पर", .done: "पूर्ण", .meeting: "बैठक", .date: "दिनांक", .issued: "जारी करने की तिथि",
            .place: "स्थान", .time: "समय", .chair: "अध्यक्षता", .chairs: "सह-अध्यक्षता", .issuer: "जारीकर्ता", .reference: "संदर्भ सं.",
            .name: "नाम", .role: "पद", .other: "अन्य प्रतिभागी", .delegation: "प्रतिनिधिमंडल", .accessed: "प्रकाशन तिथि",
            .otherSlices: "अन्य",
        ],
        "it": [
            .keyPoints: "Punti salienti", .participants: "Partecipanti", .decisions: "Decisioni", .actions: "Azioni da intraprendere",
            .sources: "Fonti", .contents: "Indice", .annex: "Allegato", .figure: "Figura", .source: "Fonte",
            .note: "Nota", .warning: "Avvertenza", .decision: "Decisione", .draft: "BOZZA", .page: "Pagina",
            .pageOf: "Pagina {n} di {m}", .action: "Azione", .owner: "Responsabile", .due: "Scadenza", .status: "Stato", .parties: "Parti",
            .number: "N.", .agreed: "Approvata", .proposed: "Proposta", .rejected: "Respinta", .open: "Da avviare",
            .inProgress: "In corso", .done: "Completata", .meeting: "Riunione", .date: "Data", .issued: "Data di emissione",
            .place: "Luogo", .time: "Orario", .chair: "Presidenza", .chairs: "Copresidenza", .issuer: "Emesso da", .reference: "Protocollo",
            .name: "Nome e cognome", .role: "Qualifica", .other: "Altri partecipanti", .delegation: "Delegazione",
            .accessed: "Pubblicato il", .otherSlices: "Altro",
        ],
        "nl": [
            .keyPoints: "Kernpunten", .participants: "Deelnemers", .decisions: "Besluiten", .actions: "Actiepunten",
            .sources: "Bronnen", .contents: "Inhoudsopgave", .annex: "Bijlage", .figure: "Figuur", .source: "Bron",
            .note: "Opmerking", .warning: "Let op", .decision: "Besluit", .draft: "CONCEPT", .page: "Pagina",
            .pageOf: "Pagina {n} van {m}", .action: "Actie", .owner: "Verantwoordelijke", .due: "Termijn", .status: "Status",
            .parties: "Partijen", .number: "Nr.", .agreed: "Aangenomen", .proposed: "Voorgesteld", .rejected: "Verworpen",
            .open: "Nog niet gestart", .inProgress: "In behandeling", .done: "Afgerond", .meeting: "Vergadering", .date: "Datum",
            .issued: "Uitgegeven op", .place: "Plaats", .time: "Tijd", .chair: "Voorzitter", .chairs: "Covoorzitters",
            .issuer: "Uitgegeven door", .reference: "Kenmerk", .name: "Naam", .role: "Functie", .other: "Overige deelnemers",
            .delegation: "Delegatie", .accessed: "Gepubliceerd op", .otherSlices: "Overig",
        ],
        "pl": [
            .keyPoints: "Najważniejsze kwestie", .participants: "Uczestnicy", .decisions: "Decyzje", .actions: "Dalsze działania",
            .sources: "Źródła", .contents: "Spis treści", .annex: "Załącznik", .figure: "Wykres", .source: "Źródło",
            .note: "Uwaga", .warning: "Ostrzeżenie", .decision: "Decyzja", .draft: "PROJEKT", .page: "Strona",
            .pageOf: "Strona {n} z {m}", .action: "Działanie", .owner: "Odpowiedzialny", .due: "Termin", .status: "Status",
            .parties: "Strony", .number: "Lp.", .agreed: "Przyjęta", .proposed: "Proponowana", .rejected: "Odrzucona",
            .open: "Nierozpoczęte", .inProgress: "W trakcie realizacji", .done: "Zrealizowane", .meeting: "Posiedzenie", .date: "Data",
            .issued: "Data wydania", .place: "Miejsce", .time: "Godzina", .chair: "Przewodnictwo", .chairs: "Współprzewodnictwo",
            .issuer: "Wydawca", .reference: "Znak sprawy", .name: "Imię i nazwisko", .role: "Stanowisko", .other: "Pozostali uczestnicy",
            .delegation: "Delegacja", .accessed: "Data publikacji", .otherSlices: "Pozostałe",
        ],
        "uk": [
            .keyPoints: "Основні положення", .participants: "Учасники", .decisions: "Рішення", .actions: "Подальші дії",
            .sources: "Джерела", .contents: "Зміст", .annex: "Додаток", .figure: "Рисунок", .source: "Джерело",
            .note: "Примітка", .warning: "Увага", .decision: "Рішення", .draft: "ПРОЄКТ", .page: "Сторінка",
            .pageOf: "Сторінка {n} з {m}", .action: "Захід", .owner: "Відповідальний", .due: "Строк", .status: "Стан", .parties: "Сторони",
            .number: "№ з/п", .agreed: "Ухвалено", .proposed: "Запропоновано", .rejected: "Відхилено", .open: "Не розпочато",
            .inProgress: "Виконується", .done: "Виконано", .meeting: "Засідання", .date: "Дата", .issued: "Дата видання",
            .place: "Місце", .time: "Час", .chair: "Голова", .chairs: "Співголови", .issuer: "Підготовлено", .reference: "Номер документа",
            .name: "П. І. Б.", .role: "Посада", .other: "Інші учасники", .delegation: "Делегація", .accessed: "Дата публікації",
            .otherSlices: "Інші",
        ],
        "tr": [
            .keyPoints: "Temel hususlar", .participants: "Katılımcılar", .decisions: "Kararlar", .actions: "Yapılacak işlemler",
            .sources: "Kaynaklar", .contents: "İçindekiler", .annex: "Ek", .figure: "Şekil", .source: "Kaynak",
            .note: "Not", .warning: "Uyarı", .decision: "Karar", .draft: "TASLAK", .page: "Sayfa",
            .pageOf: "Sayfa {n}/{m}", .action: "İşlem", .owner: "Sorumlu", .due: "Son tarih", .status: "Durum", .parties: "Taraflar",
            .number: "Sıra No", .agreed: "Kabul edildi", .proposed: "Önerildi", .rejected: "Reddedildi", .open: "Başlanmadı",
            .inProgress: "Devam ediyor", .done: "Tamamlandı", .meeting: "Toplantı", .date: "Tarih", .issued: "Düzenlenme tarihi",
            .place: "Yer", .time: "Saat", .chair: "Başkan", .chairs: "Eş başkanlar", .issuer: "Düzenleyen", .reference: "Sayı",
            .name: "Adı soyadı", .role: "Unvanı", .other: "Diğer katılımcılar", .delegation: "Heyet", .accessed: "Yayımlanma tarihi",
            .otherSlices: "Diğer",
        ],
        "id": [
            .keyPoints: "Pokok-pokok bahasan", .participants: "Peserta", .decisions: "Keputusan", .actions: "Tindak lanjut",
            .sources: "Sumber", .contents: "Daftar isi", .annex: "Lampiran", .figure: "Gambar", .source: "Sumber",
            .note: "Catatan", .warning: "Perhatian", .decision: "Keputusan", .draft: "RANCANGAN", .page: "Halaman",
            .pageOf: "Halaman {n} dari {m}", .action: "Tindakan", .owner: "Penanggung jawab", .due: "Batas waktu", .status: "Status",
            .parties: "Pihak", .number: "No.", .agreed: "Disepakati", .proposed: "Diusulkan", .rejected: "Ditolak",
            .open: "Belum dimulai", .inProgress: "Dalam proses", .done: "Selesai", .meeting: "Rapat", .date: "Tanggal",
            .issued: "Tanggal terbit", .place: "Tempat", .time: "Waktu", .chair: "Pimpinan rapat", .chairs: "Ketua bersama",
            .issuer: "Diterbitkan oleh", .reference: "Nomor", .name: "Nama", .role: "Jabatan", .other: "Peserta lainnya",
            .delegation: "Delegasi", .accessed: "Tanggal publikasi", .otherSlices: "Lainnya",
        ],
        "fa": [
            .keyPoints: "نکات اصلی", .participants: "شرکت\u{200C}کنندگان", .decisions: "مصوبات", .actions: "اقدامات پیگیری",
            .sources: "منابع", .contents: "فهرست مطالب", .annex: "پیوست", .figure: "نمودار", .source: "منبع",
            .note: "یادداشت", .warning: "هشدار", .decision: "مصوبه", .draft: "پیش\u{200C}نویس", .page: "صفحه",
            .pageOf: "صفحه {n} از {m}", .action: "اقدام", .owner: "مسئول اجرا", .due: "مهلت", .status: "وضعیت", .parties: "طرف\u{200C}ها",
            .number: "ردیف", .agreed: "مصوب", .proposed: "پیشنهادی", .rejected: "رد شده", .open: "آغاز نشده",
            .inProgress: "در حال انجام", .done: "انجام شده", .meeting: "جلسه", .date: "تاریخ", .issued: "تاریخ صدور",
            .place: "محل", .time: "ساعت", .chair: "ریاست جلسه", .chairs: "ریاست مشترک جلسه", .issuer: "صادرکننده", .reference: "شماره",
            .name: "نام و نام خانوادگی", .role: "سمت", .other: "سایر شرکت\u{200C}کنندگان", .delegation: "هیئت",
            .accessed: "تاریخ انتشار", .otherSlices: "سایر",
        ],
        "cs": [
            .keyPoints: "Hlavní body", .participants: "Účastníci", .decisions: "Rozhodnutí", .actions: "Úkoly",
            .sources: "Zdroje", .contents: "Obsah", .annex: "Příloha", .figure: "Graf", .source: "Zdroj",
            .note: "Poznámka", .warning: "Upozornění", .decision: "Rozhodnutí", .draft: "NÁVRH", .page: "Strana",
            .pageOf: "Strana {n} z {m}", .action: "Úkol", .owner: "Odpovídá", .due: "Termín", .status: "Stav", .parties: "Strany",
            .number: "P. č.", .agreed: "Přijato", .proposed: "Navrženo", .rejected: "Zamítnuto", .open: "Nezahájeno",
            .inProgress: "Probíhá", .done: "Splněno", .meeting: "Jednání", .date: "Datum", .issued: "Datum vydání",
            .place: "Místo", .time: "Čas", .chair: "Předsedající", .chairs: "Spolupředsedající", .issuer: "Vydal", .reference: "Č. j.",
            .name: "Jméno a příjmení", .role: "Funkce", .other: "Další účastníci", .delegation: "Delegace", .accessed: "Zveřejněno",
            .otherSlices: "Ostatní",
        ],
    ]
}
