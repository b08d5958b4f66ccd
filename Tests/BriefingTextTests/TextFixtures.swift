import BriefingNative
import BriefingText
import Foundation

/// The project's font set, built once per test process from `Fonts/`.
enum TextFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func engine() throws -> TextEngine {
        let fonts = try FontSystem(
            configurationFile: repository.appendingPathComponent("Fonts/fonts.conf"),
            directories: [repository.appendingPathComponent("Fonts")],
            cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-fontcache"))
        return TextEngine(fonts: fonts)
    }

    static let serif: [String: String] = [
        "latin": "Noto Serif", "lao": "Noto Serif Lao", "thai": "Noto Serif Thai", "khmer": "Noto Serif Khmer",
        "myanmar": "Noto Serif Myanmar", "arabic": "Noto Naskh Arabic", "japanese": "Noto Serif CJK JP",
        "han-sc": "Noto Serif CJK SC",
    ]

    static func paragraph(_ text: String, language: String, size: Double = 10) -> StyledParagraph {
        let font = FontSpec(families: FontStack.families(byScript: serif, language: language), size: size)
        return StyledParagraph(spans: [TextSpan(text, font: font)], language: language,
                               rightToLeft: Script.of(language: language).isRightToLeft)
    }
}
