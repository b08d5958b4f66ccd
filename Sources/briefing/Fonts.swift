import ArgumentParser
import BriefingExport
import BriefingLayout
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which face serves each script, and the characters of summaries no font has.",
        discussion: """
            Without FILE, lists for the style (the default one, or --style) the family and file of \
            each script in each font class. With summaries, also lists every character they use \
            that no configured font can draw, with the line it is on, in every language.
            """)

    @Argument(help: "Summary files to check for characters no font has.")
    var files: [String] = []

    @Option(name: .long, help: "A style name or path (default: the summary's, else the default style).")
    var style: String?

    func run() throws {
        let renderer = Renderer(resources: .locate())
        let engine = try renderer.textEngine()
        let styleName = style ?? StyleLoader.defaultName
        let loaded = StyleLoader.load(nameOrPath: styleName, stylesDirectory: renderer.resources.styles)
        Diagnostics.print(loaded.diagnostics)
        guard let resolved = loaded.style else { throw ExitCode.failure }
        print("Style \(resolved.name):")
        for script in Script.allCases {
            let faces = FontClass.allCases.map { fontClass -> String in
                guard let family = resolved.fonts[fontClass]?.families[script.rawValue] else { return "-" }
                let file = engine.fonts.file(ofFamily: family).map { URL(fileURLWithPath: $0).lastPathComponent }
                return "\(fontClass.rawValue): \(family) (\(file ?? "NOT INSTALLED"))"
            }
            print("  \(script.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(faces.joined(separator: "; "))")
        }

        var failed = false
        for file in files {
            let checked = renderer.check(URL(fileURLWithPath: file), displayPath: file, style: style)
            guard let briefing = checked.briefing, let summaryStyle = checked.style else {
                Diagnostics.print(checked.diagnostics)
                failed = true
                continue
            }
            var missing = Set<MissingGlyph>()
            for language in briefing.languages {
                missing.formUnion(DocumentLayout.layout(briefing, style: summaryStyle, language: language, text: engine)
                    .missingCharacters)
            }
            if missing.isEmpty {
                print("\(file): every character has a font")
            }
            for glyph in missing.sorted(by: { ($0.location, $0.scalar.value) < ($1.location, $1.scalar.value) }) {
                print("\(glyph.location.file):\(glyph.location.line):\(glyph.location.column): \(glyph.name) has no font")
            }
        }
        if failed { throw ExitCode.failure }
    }
}
