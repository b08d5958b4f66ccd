/// The writing systems `briefing` sets, named as style files name them.
///
/// Only what typesetting decisions need: which face to prefer, whether words are
/// separated by spaces, and whether the text runs right to left.
public enum Script: String, CaseIterable, Sendable {
    case latin, cyrillic, greek, lao, thai, khmer, myanmar, arabic, hebrew, devanagari
    case hanSimplified = "han-sc", hanTraditional = "han-tc", japanese, korean

    /// The script a character belongs to, or nil for common characters (digits,
    /// punctuation, spaces) that take the script of their neighbours.
    public static func of(_ scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
        case 0x400...0x52F: .cyrillic
        case 0x590...0x5FF, 0xFB1D...0xFB4F: .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
        case 0x900...0x97F: .devanagari
        case 0xE00...0xE7F: .thai
        case 0xE80...0xEFF: .lao
        case 0x1000...0x109F, 0xAA60...0xAA7F: .myanmar
        case 0x1780...0x17FF, 0x19E0...0x19FF: .khmer
        case 0x3040...0x30FF, 0x31F0...0x31FF: .japanese
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: .korean
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: .hanSimplified
        default: nil
        }
    }

    /// The script a language is written in, from its BCP 47 tag's primary subtag
    /// (and `Hant` or a TW/HK/MO region, unless `Hans` says otherwise, for traditional
    /// Chinese).
    public static func of(language tag: String) -> Script {
        let parts = tag.lowercased().split(separator: "-")
        switch parts.first.map(String.init) ?? "" {
        case "lo": return .lao
        case "th": return .thai
        case "km": return .khmer
        case "my": return .myanmar
        case "ar", "fa", "ur": return .arabic
        case "he", "yi": return .hebrew
        case "hi", "mr", "ne": return .devanagari
        case "ru", "uk", "bg", "sr", "be", "kk", "mn": return .cyrillic
        case "el": return .greek
        case "ja": return .japanese
        case "ko": return .korean
        case "zh":
            // An explicit script wins over a region: zh-Hans-HK is simplified.
            if parts.contains("hans") { return .hanSimplified }
            return parts.contains { ["hant", "tw", "hk", "mo"].contains($0) } ? .hanTraditional : .hanSimplified
        default: return .latin
        }
    }

    /// Scripts written without spaces between words: breaks come from a dictionary,
    /// and justification must not spread letters apart.
    public var needsDictionaryBreaks: Bool {
        switch self {
        case .lao, .thai, .khmer, .myanmar: true
        default: false
        }
    }

    /// Chinese characters, kana and hangul: the scripts of the CJK faces (which make font
    /// matching slow, see `Fonts/cjk.conf`), written in squares against their numbers.
    public var isCJK: Bool {
        switch self {
        case .hanSimplified, .hanTraditional, .japanese, .korean: true
        default: false
        }
    }

    /// Chinese and Japanese: written without spaces, in phrases that lines, headings and
    /// table cells break between.
    public var writesPhrases: Bool {
        switch self {
        case .hanSimplified, .hanTraditional, .japanese: true
        default: false
        }
    }

    /// Whether words are separated by spaces, so that justification can stretch them.
    public var separatesWords: Bool {
        switch self {
        case .lao, .thai, .khmer, .myanmar, .hanSimplified, .hanTraditional, .japanese: false
        default: true
        }
    }

    /// The script's own zero, for styles that print native digits; nil when the script
    /// uses Western digits. Languages may differ within a script: see `zeroDigit(language:)`.
    public var zeroDigit: Unicode.Scalar? {
        switch self {
        case .arabic: "\u{0660}"
        case .devanagari: "\u{0966}"
        case .thai: "\u{0E50}"
        case .lao: "\u{0ED0}"
        case .myanmar: "\u{1040}"
        case .khmer: "\u{17E0}"
        default: nil
        }
    }

    /// The language of a BCP 47 tag, lower-cased: `pt` for `pt-BR`, what per-language
    /// tables and rules are keyed by.
    public static func primarySubtag(of language: String) -> String {
        language.lowercased().split(separator: "-").first.map(String.init) ?? ""
    }

    /// The zero of the digits `language` writes as its own: the script's, except that
    /// Persian and Urdu write the Extended Arabic-Indic digits (۰۱۲۳۴), whose 4, 5 and 6
    /// differ from the Arabic-Indic ones (٠١٢٣٤) that Arabic writes.
    public static func zeroDigit(language: String) -> Unicode.Scalar? {
        ["fa", "ur"].contains(primarySubtag(of: language)) ? "\u{06F0}" : of(language: language).zeroDigit
    }

    /// `text` with its Western digits written in the script of `language`.
    public static func nativeDigits(_ text: String, language: String) -> String {
        guard let zero = zeroDigit(language: language) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar), let digit = Unicode.Scalar(zero.value + scalar.value - 0x30) {
                result.append(digit)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    public var isRightToLeft: Bool { self == .arabic || self == .hebrew }

    /// How much more room between lines a document in this script needs than the
    /// style's leadings, which are set for Latin: Myanmar stacks medials and vowel
    /// signs far above and below the line, so that at Latin leading the marks of one
    /// line touch the next.
    public var leadingScale: Double { self == .myanmar ? 1.3 : 1 }
}
