import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// How a span of text is painted: its tag in `TextSpan` is an index into the
/// context's list of these.
struct SpanStyle {
    var color: Color
    var link: String?
    /// Letter-spaced (a classification, a box label): copied out of the PDF by word.
    var tracked = false
}

/// Everything the layout of one document in one language shares: the model, the
/// style, the text engine, counters, and the diagnostics found on the way.
final class LayoutContext {
    let briefing: Briefing
    let style: Style
    let language: String
    let rightToLeft: Bool
    let text: TextEngine
    let format: LocalFormat
    let imageSizes: [URL: (width: Int, height: Int)]
    /// Width of the text block.
    let width: Double
    private(set) var spanStyles: [SpanStyle] = []
    private var spanIndex: [String: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    var missingCharacters: [MissingGlyph] = []
    /// Whether a word cut to fit is reported, in table cells and in other text. A
    /// parallel edition's columns report none in tables (a table too narrow for them
    /// is set again across the page), and its full-width layouts only those in tables.
    var reportsCutTableCells = true
    var reportsCutText = true
    /// Whether a chart that leaves out or cuts short some of its labels says so. A
    /// parallel edition's columns do not: such a chart is marked crowded and set again
    /// across the page, whose drawing reports what it still cannot show.
    var reportsCrowdedCharts = true
    /// The size of the title against the style's, when it is decided outside (a parallel
    /// edition sets both titles alike); nil for the size that fits its longest word.
    var titleScale: Double?
    /// The page's left margin: the style's inner (binding) margin, which is on the right
    /// of a page that reads right to left, as an Arabic or Hebrew document is bound. A
    /// parallel edition sets it for both columns from the language that opens it.
    var leftMargin: Double
    /// The charts marked crowded, by ID.
    var crowdedCharts = Set<String>()
    /// Header and footer lines already set, by text and place: most are the same on every page.
    var runningLines: [String: RunningLine] = [:]
    /// The classification marking, set once for every page.
    var classificationItems: [FrameItem]?
    private var reported = Set<String>()
    private var nextBoxID = 0
    var figureCount = 0
    var tableCount = 0
    var paragraphCount = 0

    /// - Parameter width: the measure, when narrower than the text block (a column of
    ///   a parallel edition).
    init(briefing: Briefing, style: Style, language: String, text: TextEngine,
         imageSizes: [URL: (width: Int, height: Int)], width: Double? = nil) {
        self.briefing = briefing
        self.style = style.withLeading(scaledBy: Script.of(language: language).leadingScale)
        self.language = language
        rightToLeft = Script.of(language: language).isRightToLeft
        self.text = text
        format = LocalFormat(language: language, digits: style.digits(for: language), calendar: style.calendar(for: language))
        self.imageSizes = imageSizes
        self.width = width ?? style.page.width - style.page.marginInner - style.page.marginOuter
        leftMargin = rightToLeft ? style.page.marginOuter : style.page.marginInner
    }

    // MARK: Diagnostics

    func warn(_ message: String, at location: SourceLocation) {
        let key = "\(location.line):\(location.column):\(message)"
        guard reported.insert(key).inserted else { return }
        diagnostics.append(.warning(at: location, message))
    }

    // MARK: Words and text in the rendered language

    /// A fixed word of the renderer, in English when the language has no row.
    func term(_ term: Term) -> String {
        if let word = Vocabulary.term(term, language: language) { return word }
        let location = briefing.languageLocations[language] ?? SourceLocation(file: briefing.file, line: 1, column: 1)
        warn("no translation of the renderer's words for '\(language)'; using English", at: location)
        return Vocabulary.term(term, language: "en") ?? term.rawValue
    }

    /// A Text in the rendered language, warning when it falls back to the original.
    func resolve(_ text: Text) -> String {
        let resolved = text.resolve(language)
        if resolved.isFallback { reportFallback(to: resolved.language, at: resolved.location) }
        return resolved.value
    }

    func resolve(_ text: RichText) -> (inlines: [Inline], location: SourceLocation) {
        let resolved = text.resolve(language)
        if resolved.isFallback { reportFallback(to: resolved.language, at: resolved.location) }
        return (resolved.inlines, resolved.location)
    }

    /// A text missing in a language the summary provides is worth a warning where it is
    /// written; in a language it does not provide at all every text is, and the one
    /// warning that says so (from whoever asked for the language) is enough.
    private func reportFallback(to original: String, at location: SourceLocation) {
        guard briefing.languages.contains(language) else { return }
        warn("missing '\(language)' translation; using '\(original)'", at: location)
    }

    /// The name of a participant or delegation in the rendered language.
    func name(of id: String) -> String {
        briefing.name(of: id).map { Typography.tyingHonorific(resolve($0)) } ?? id
    }

    // MARK: Fonts and paint

    func font(for role: TextRole, bold: Bool? = nil, italic: Bool? = nil, monospaced: Bool = false) -> FontSpec {
        let roleStyle = style.role(role)
        let fontClass = monospaced ? FontClass.mono : roleStyle.font
        let families = style.fonts[fontClass]?.families ?? style.fonts[.serif]?.families ?? [:]
        return FontSpec(families: FontStack.families(byScript: families, language: language), size: roleStyle.size,
                        bold: bold ?? roleStyle.bold, italic: italic ?? roleStyle.italic)
    }

    /// The tag of a span style, shared by every span painted the same way.
    func tag(color: Color, link: String? = nil, tracked: Bool = false) -> Int {
        let key = "\(color.red),\(color.green),\(color.blue)|\(String(describing: link))|\(tracked)"
        if let index = spanIndex[key] { return index }
        spanStyles.append(SpanStyle(color: color, link: link, tracked: tracked))
        spanIndex[key] = spanStyles.count - 1
        return spanStyles.count - 1
    }

    func newBoxID() -> Int {
        nextBoxID += 1
        return nextBoxID
    }
}
