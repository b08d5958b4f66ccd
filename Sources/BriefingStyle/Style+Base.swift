import BriefingModel

extension Style {
    /// The style every style file is merged over, so that a file only states what it changes
    /// and layout never meets a missing value. It is deliberately plain (black text, grey
    /// rules); the bundled `formal` style is what a summary gets when it names none.
    public static let base = Style(
        name: "base",
        page: PageStyle(),
        roles: baseRoles,
        fonts: notoFonts,
        colors: basePalette,
        spacing: Spacing(),
        running: RunningContent())

    /// Every family here ships in Debian's fonts-noto-core, fonts-noto-cjk or fonts-dejavu-core.
    /// Noto Serif and Noto Sans cover Latin, Cyrillic and Greek in one face each.
    private static let notoFonts: [FontClass: ScriptFonts] = {
        let sans = [
            "latin": "Noto Sans", "cyrillic": "Noto Sans", "greek": "Noto Sans",
            "lao": "Noto Sans Lao", "thai": "Noto Sans Thai", "khmer": "Noto Sans Khmer",
            "myanmar": "Noto Sans Myanmar", "arabic": "Noto Sans Arabic", "hebrew": "Noto Sans Hebrew",
            "devanagari": "Noto Sans Devanagari", "han-sc": "Noto Sans CJK SC", "han-tc": "Noto Sans CJK TC",
            "japanese": "Noto Sans CJK JP", "korean": "Noto Sans CJK KR",
            "symbols": "Noto Sans Math",
        ]
        let serif = [
            "latin": "Noto Serif", "cyrillic": "Noto Serif", "greek": "Noto Serif",
            "lao": "Noto Serif Lao", "thai": "Noto Serif Thai", "khmer": "Noto Serif Khmer",
            "myanmar": "Noto Serif Myanmar", "arabic": "Noto Naskh Arabic", "hebrew": "Noto Serif Hebrew",
            "devanagari": "Noto Serif Devanagari", "han-sc": "Noto Serif CJK SC", "han-tc": "Noto Serif CJK TC",
            "japanese": "Noto Serif CJK JP", "korean": "Noto Serif CJK KR",
            "symbols": "Noto Sans Math",
        ]
        // No monospaced face exists for the Southeast Asian and Indic scripts: code in them uses the sans.
        let mono = sans.merging([
            "latin": "DejaVu Sans Mono", "cyrillic": "DejaVu Sans Mono", "greek": "DejaVu Sans Mono",
            "han-sc": "Noto Sans Mono CJK SC", "han-tc": "Noto Sans Mono CJK TC",
            "japanese": "Noto Sans Mono CJK JP", "korean": "Noto Sans Mono CJK KR",
        ]) { $1 }
        return [.serif: ScriptFonts(serif), .sans: ScriptFonts(sans), .mono: ScriptFonts(mono)]
    }()

    /// Leadings are at least 1.4 × the size for running text: Lao, Thai, Khmer and above all
    /// Myanmar stack marks above and below the line, and the leading is the same whatever the script.
    private static let baseRoles: [TextRole: RoleStyle] = {
        let grey = Color(red: 0.3, green: 0.3, blue: 0.3)
        return [
            .title: role(.serif, 22, 30, bold: true, after: 8),
            .subtitle: role(.serif, 14, 20, color: grey, after: 12),
            .coverMeta: role(.sans, 9.5, 14, after: 3),
            .heading1: role(.serif, 14, 20, bold: true, before: 18, after: 6),
            .heading2: role(.serif, 12, 17, bold: true, before: 12, after: 4),
            .heading3: role(.serif, 10.5, 15, bold: true, before: 10, after: 3),
            .body: role(.serif, 10.5, 15, after: 6, align: .justify),
            .listItem: role(.serif, 10.5, 15, after: 3, align: .justify),
            .quote: role(.serif, 10, 14.5, italic: true, after: 3),
            .quoteBy: role(.serif, 9, 13, color: grey, after: 6, align: .end),
            .boxLabel: role(.sans, 8.5, 12, bold: true, after: 4, tracking: 0.5, uppercase: true),
            .keyPoint: role(.serif, 10.5, 15, after: 4),
            .tableHeader: role(.sans, 9, 13, bold: true, after: 0),
            .tableCell: role(.serif, 9.5, 13.5, after: 0),
            .caption: role(.sans, 8.5, 12, color: grey, before: 4, after: 8),
            .code: role(.mono, 9, 13, after: 6),
            .running: role(.sans, 8, 11.5, color: grey, after: 0),
            .classification: role(.sans, 8, 11.5, bold: true, after: 0, align: .center, tracking: 0.8, uppercase: true),
            .watermark: role(.sans, 72, 80, bold: true, color: Color(red: 0.85, green: 0.85, blue: 0.85),
                             after: 0, align: .center, uppercase: true),
        ]
    }()

    /// Okabe and Ito's eight colours, which stay distinct under the common colour-vision
    /// deficiencies; yellow and black come last because yellow is faint on white and black
    /// reads as text.
    private static let basePalette: Palette = {
        var palette = Palette()
        palette.charts = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
            .compactMap(Color.init(hex:))
        return palette
    }()

    private static func role(
        _ font: FontClass, _ size: Double, _ leading: Double, bold: Bool = false, italic: Bool = false,
        color: Color = .black, before: Double = 0, after: Double, align: Alignment = .start,
        tracking: Double = 0, uppercase: Bool = false
    ) -> RoleStyle {
        var role = RoleStyle()
        role.font = font
        role.size = size
        role.leading = leading
        role.bold = bold
        role.italic = italic
        role.color = color
        role.spaceBefore = before
        role.spaceAfter = after
        role.alignment = align
        role.tracking = tracking
        role.uppercase = uppercase
        return role
    }
}
