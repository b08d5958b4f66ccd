import BriefingNative
import BriefingText
import TestSupport

/// Paragraphs in the project's own fonts.
enum TextFixtures {
    static func engine() throws -> TextEngine {
        TextEngine(fonts: try Repository.fontSystem())
    }

    static let serif: [String: String] = [
        "latin": "Noto Serif", "lao": "Noto Serif Lao", "thai": "Noto Serif Thai", "khmer": "Noto Serif Khmer",
        "myanmar": "Noto Serif Myanmar", "arabic": "Noto Naskh Arabic", "hebrew": "Noto Serif Hebrew", "japanese": "Noto Serif CJK JP",
        "han-sc": "Noto Serif CJK SC",
    ]

    static func paragraph(_ text: String, language: String, size: Double = 10) -> StyledParagraph {
        let font = FontSpec(families: FontStack.families(byScript: serif, language: language), size: size)
        return StyledParagraph(spans: [TextSpan(text, font: font)], language: language,
                               rightToLeft: Script.of(language: language).isRightToLeft)
    }
}
