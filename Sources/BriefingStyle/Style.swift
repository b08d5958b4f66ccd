import BriefingModel
import Foundation

/// A fully resolved style: every value the layout needs, with inheritance applied.
///
/// Style files (`Styles/*.yaml`) are partial and may `extend` another style;
/// `StyleLoader` merges them over `Style.base` so that layout never sees a missing value.
public struct Style: Sendable, Equatable {
    /// The style's name (file name without extension, or the path it was loaded from).
    public var name: String
    /// Paper size, margins and the position of the running header and footer.
    public var page: PageStyle
    /// Text appearance per role. Every `TextRole` case has an entry after loading.
    public var roles: [TextRole: RoleStyle]
    /// Font families per script, per font family class; roles pick a class.
    public var fonts: [FontClass: ScriptFonts]
    /// Colours that are not tied to one text role (rules, boxes, tables, charts).
    public var colors: Palette
    /// Gaps, indents and rule widths shared by all blocks.
    public var spacing: Spacing
    public var charts = ChartStyle()
    /// Digits of the numbers the renderer prints (dates, page numbers, chart labels), in
    /// every language `digitsByLanguage` does not name.
    public var digits = Digits.western
    /// Languages whose digits differ from `digits`: Khmer or Burmese in their own beside
    /// English in Western ones, as each country's documents print them.
    public var digitsByLanguage: [String: Digits] = [:]
    /// The calendar the renderer's dates are printed in, in every language
    /// `calendarByLanguage` does not name.
    public var calendar = CalendarChoice.gregorian
    /// Languages whose dates follow another calendar: Thai official documents count
    /// years in the Buddhist era ("14 พฤศจิกายน 2567").
    public var calendarByLanguage: [String: CalendarChoice] = [:]
    /// What the running header and footer print.
    public var running: RunningContent

    /// Builds a style from its parts; style files go through `StyleLoader` instead.
    public init(name: String, page: PageStyle, roles: [TextRole: RoleStyle], fonts: [FontClass: ScriptFonts],
                colors: Palette, spacing: Spacing, running: RunningContent) {
        self.name = name
        self.page = page
        self.roles = roles
        self.fonts = fonts
        self.colors = colors
        self.spacing = spacing
        self.running = running
    }

    /// The style of a role; falls back to body so that a partial dictionary never traps.
    public func role(_ role: TextRole) -> RoleStyle {
        roles[role] ?? roles[.body] ?? RoleStyle()
    }
}

/// Paper size and margins, in PostScript points (1/72 in).
public struct PageStyle: Sendable, Equatable {
    /// Paper width and height; A4 unless the style or `--paper` says otherwise.
    public var width: Double = 595.276
    public var height: Double = 841.89
    /// Margins around the text area. `inner` is the binding side: the start edge of a
    /// one-sided page (left in left-to-right documents), mirrored on facing pages.
    public var marginTop: Double = 72
    public var marginBottom: Double = 72
    public var marginInner: Double = 68
    public var marginOuter: Double = 68
    /// Distance from the page edge to the running header's baseline area and footer.
    public var headerOffset: Double = 36
    public var footerOffset: Double = 36

    /// A4 with the default margins, so that a partial style file still gets a page.
    public init() {}

    /// ISO A4 and US Letter, the two sizes `--paper` accepts.
    public static func paper(_ name: String) -> (width: Double, height: Double)? {
        switch name.lowercased() {
        case "a4": (595.276, 841.89)
        case "letter": (612, 792)
        default: nil
        }
    }
}

/// What a piece of text is for; each role has its own size, font class and colour.
/// Style files name roles by their raw values (`cover-meta`, `heading1`, …).
public enum TextRole: String, CaseIterable, Sendable, Hashable {
    case title, subtitle, coverMeta = "cover-meta"
    case heading1, heading2, heading3
    case body, listItem = "list-item", quote, quoteBy = "quote-by"
    case boxLabel = "box-label", keyPoint = "key-point"
    case tableHeader = "table-header", tableCell = "table-cell"
    case caption, code, running, classification, watermark
}

/// Families that share a design across scripts (a serif body, a sans for headings, …).
/// Style files name classes by their raw values.
public enum FontClass: String, CaseIterable, Sendable, Hashable {
    case serif, sans, mono
}

/// Font family names per script within one class, e.g. serif: latin → "Noto Serif",
/// lao → "Noto Serif Lao". Keys are the script names of `Script` in BriefingText
/// (`latin`, `lao`, `thai`, `khmer`, `myanmar`, `arabic`, `hebrew`, `devanagari`,
/// `cyrillic`, `greek`, `han-sc`, `han-tc`, `japanese`, `korean`), plus `symbols`: the
/// face for the minus sign, arrows and other symbols the text faces lack.
public struct ScriptFonts: Sendable, Equatable {
    /// The script names a style file may use as keys, in the order the documentation lists them.
    public static let scripts = [
        "latin", "cyrillic", "greek", "lao", "thai", "khmer", "myanmar", "arabic", "hebrew",
        "devanagari", "han-sc", "han-tc", "japanese", "korean", "symbols",
    ]

    /// Family name per script name.
    public var families: [String: String]

    /// Wraps a script → family table; keys should be members of `scripts`.
    public init(_ families: [String: String]) { self.families = families }

    /// The family for a script, falling back to the Latin one so that text in a script the
    /// style does not name still gets a face (fontconfig then falls back per glyph).
    public func family(for script: String) -> String? {
        families[script] ?? families["latin"]
    }
}

/// How one `TextRole` is set. Lengths are in points.
public struct RoleStyle: Sendable, Equatable {
    public var font: FontClass = .serif
    /// Font size in points.
    public var size: Double = 10.5
    /// Baseline-to-baseline distance in points; constant whatever the script.
    public var leading: Double = 14
    /// Weight and slant; scripts without a bold or italic face get the regular one.
    public var bold: Bool = false
    public var italic: Bool = false
    public var color: Color = .black
    /// Vertical space above and below a paragraph of this role.
    public var spaceBefore: Double = 0
    public var spaceAfter: Double = 6
    /// Alignment relative to the writing direction. After loading, `justify` appears only
    /// when `Spacing.justify` is true.
    public var alignment: Alignment = .start
    /// Extra letter spacing in points (for small labels set in capitals).
    public var tracking: Double = 0
    /// Set the text in capitals (for labels and the classification marking).
    public var uppercase: Bool = false

    /// 10.5 pt serif body text, the fallback for any role a style leaves out.
    public init() {}
}

/// Horizontal alignment of a paragraph, relative to the writing direction: `start` is the
/// left edge in Latin text and the right edge in Arabic or Hebrew.
public enum Alignment: String, Sendable, Equatable, CaseIterable {
    case start, center, end, justify
}

/// Colours of everything that is not a text role's own colour.
public struct Palette: Sendable, Equatable {
    /// Ordinary text colour, used where a drawing (chart labels, table lines) needs a text colour.
    public var text: Color = .black
    /// The style's signature colour: cover rules, section rules, chart axes accents.
    public var accent: Color = Color(red: 0.1, green: 0.2, blue: 0.4)
    /// Thin rules: under the running header, between table rows, chart grid lines.
    public var rule: Color = Color(red: 0.6, green: 0.6, blue: 0.6)
    /// Background and border of the key-points box and of callouts.
    public var boxFill: Color = Color(red: 0.95, green: 0.95, blue: 0.95)
    public var boxRule: Color = Color(red: 0.4, green: 0.4, blue: 0.4)
    /// Label and border colour of callouts of each kind (`note`, `warning`, `decision`).
    public var noteColor: Color = Color(red: 0.1, green: 0.3, blue: 0.6)
    public var warningColor: Color = Color(red: 0.7, green: 0.35, blue: 0.0)
    public var decisionColor: Color = Color(red: 0.1, green: 0.45, blue: 0.25)
    /// Background of a table's header row.
    public var tableHeaderFill: Color = Color(red: 0.9, green: 0.9, blue: 0.9)
    /// Background of every other body row; nil leaves all rows white.
    public var tableStripe: Color? = nil
    /// Colour of hyperlink text.
    public var link: Color = Color(red: 0.1, green: 0.2, blue: 0.55)
    /// Colour of the DRAFT watermark, light enough to read the page through it.
    public var watermark: Color = Color(red: 0.85, green: 0.85, blue: 0.85)
    /// Chart series colours, used in order when a series names no colour.
    public var charts: [Color] = []

    /// Greys with a dark blue accent; `Style.base` adds the chart colours.
    public init() {}
}

/// Gaps, indents and rule widths, in points.
public struct Spacing: Sendable, Equatable {
    /// Vertical gap between blocks of a section, in points.
    public var block: Double = 6
    /// Indent of list items and quotes.
    public var indent: Double = 18
    /// Padding inside boxes (key points, callouts).
    public var boxPadding: Double = 8
    /// Border width of boxes.
    public var boxRuleWidth: Double = 0.75
    /// Padding inside table cells, on every side.
    public var tableCellPadding: Double = 4
    /// Width of thin rules (running header and footer, table rows).
    public var ruleWidth: Double = 0.5
    /// Paragraphs are justified and hyphenated where the language allows it.
    public var justify: Bool = true
    public var hyphenate: Bool = true
    /// Justified paragraphs in languages without spaces between words.
    public var justifyWithoutSpaces = SpacelessJustification.ragged

    /// Justified, hyphenated text with modest gaps.
    public init() {}
}

/// How a justified paragraph is set in a language written without spaces between
/// words (Lao, Thai, Khmer, Burmese, Chinese, Japanese): letters are never spread apart.
public enum SpacelessJustification: String, Sendable, CaseIterable {
    /// Ragged, as if the role were aligned to the start.
    case ragged
    /// Justified by stretching the spaces it has (between phrases and sentences).
    case spaces
}

extension Style {
    /// The digits of `language`: its own entry, its primary subtag's, else `digits`.
    public func digits(for language: String) -> Digits {
        Self.choice(for: language, in: digitsByLanguage) ?? digits
    }

    /// The calendar of `language`'s dates, found as `digits(for:)` is.
    public func calendar(for language: String) -> CalendarChoice {
        Self.choice(for: language, in: calendarByLanguage) ?? calendar
    }

    private static func choice<Value>(for language: String, in map: [String: Value]) -> Value? {
        map[language] ?? language.split(separator: "-").first.flatMap { map[String($0)] }
    }
}

/// Calendars the renderer can print dates in: those of CLDR that official documents of
/// the users' countries use.
public enum CalendarChoice: String, Sendable, Equatable, CaseIterable {
    case gregorian, buddhist, japanese, islamic, persian, hebrew, roc

    public var identifier: Calendar.Identifier {
        switch self {
        case .gregorian: .gregorian
        case .buddhist: .buddhist
        case .japanese: .japanese
        case .islamic: .islamicUmmAlQura
        case .persian: .persian
        case .hebrew: .hebrew
        case .roc: .republicOfChina
        }
    }
}

/// Which digits the renderer prints its own numbers in.
public enum Digits: String, Sendable, Equatable, CaseIterable {
    /// 0–9 in every language: what most official documents use, Arabic ones included.
    case western
    /// The script's own digits where it has them (Arabic-Indic, Thai, Lao, Khmer, Burmese).
    case native
}

/// How charts sit in the text: their height, and whether they must survive a
/// black-and-white photocopy.
public struct ChartStyle: Sendable, Equatable {
    /// Height of the drawing (axes, bars, legend), in points; the width is the text block's.
    public var height: Double = 200
    /// Series differ by hatching, grey level and dashes instead of hue.
    public var printSafe: Bool = false

    public init() {}
}

/// What the running header and footer show. Each slot is a template with fields
/// `{title}`, `{reference}`, `{issuer}`, `{date}`, `{page}` (the localized "page N of M").
public struct RunningContent: Sendable, Equatable {
    /// The fields a template may use; anything else in braces is an error in a style file.
    public static let fields = ["title", "reference", "issuer", "date", "page"]

    /// The header slot at the start edge (left in left-to-right text), and so on for the others.
    public var headerStart: String = "{title}"
    public var headerEnd: String = "{reference}"
    public var footerStart: String = "{issuer}"
    public var footerEnd: String = "{page}"
    /// Draw a thin rule under the header and over the footer.
    public var rules: Bool = true
    /// Show the running header on the first page too; the footer is on every page.
    public var onFirstPage: Bool = false

    /// Title and reference above, issuer and page number below, not on the cover.
    public init() {}
}

extension Style {
    /// The same style on another paper size, for `--paper`, which overrides the style's paper.
    /// Margins are kept; an unknown name (anything but `a4` and `letter`) leaves the style as it is,
    /// so callers validate the option with `PageStyle.paper(_:)` first.
    /// The style with every role's leading multiplied by `scale`, for scripts that
    /// need more room between lines than the Latin the style was set for.
    public func withLeading(scaledBy scale: Double) -> Style {
        guard scale != 1 else { return self }
        var copy = self
        for (role, roleStyle) in roles {
            copy.roles[role]?.leading = (roleStyle.leading * scale).rounded()
        }
        return copy
    }

    public func withPaper(_ name: String) -> Style {
        guard let size = PageStyle.paper(name) else { return self }
        var copy = self
        copy.page.width = size.width
        copy.page.height = size.height
        return copy
    }
}
