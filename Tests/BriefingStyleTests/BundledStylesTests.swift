import BriefingModel
import BriefingStyle
import Foundation
import Testing

@Suite struct BundledStylesTests {
    static let bundled = ["formal", "modern"]

    @Test func theBundledStylesAreListed() {
        #expect(StyleLoader.available(in: stylesDirectory) == Self.bundled)
        #expect(Self.bundled.contains(StyleLoader.defaultName))
    }

    @Test(arguments: bundled)
    func loadsWithoutDiagnosticsAndResolvesEverything(name: String) throws {
        let result = StyleLoader.load(nameOrPath: name, stylesDirectory: stylesDirectory)
        #expect(printed(result) == [])
        let style = try #require(result.style)
        #expect(style.name == name)
        #expect(Set(style.roles.keys) == Set(TextRole.allCases))
        for fontClass in FontClass.allCases {
            #expect(Set(style.fonts[fontClass]?.families.keys.map { $0 } ?? []) == Set(ScriptFonts.scripts), "\(fontClass)")
        }
        #expect((6...8).contains(style.colors.charts.count))
        #expect(Set(style.colors.charts).count == style.colors.charts.count)
    }

    /// Marks stacked above and below Lao, Thai, Khmer and Myanmar lines need room, and the
    /// leading is the same whatever the script.
    @Test(arguments: bundled)
    func runningTextHasRoomForStackedMarks(name: String) throws {
        let style = try #require(StyleLoader.load(nameOrPath: name, stylesDirectory: stylesDirectory).style)
        let runningText: [TextRole] = [.body, .listItem, .keyPoint, .quote, .tableCell, .coverMeta]
        for role in runningText {
            let resolved = style.role(role)
            #expect(resolved.leading >= 1.4 * resolved.size, "\(role)")
        }
    }

    @Test func formalIsASoberSerifStyleOnA4() throws {
        let style = try #require(StyleLoader.load(nameOrPath: "formal", stylesDirectory: stylesDirectory).style)
        #expect(style.page.width == 595.276 && style.page.height == 841.89)
        #expect(abs(style.page.marginTop - 25 * 72 / 25.4) < 1e-9)
        let body = style.role(.body)
        #expect(body.font == .serif && body.size == 10.5 && body.leading == 15 && body.alignment == .justify)
        #expect(style.role(.heading1).color == Color(hex: "#1F3A5F"))
        #expect(style.fonts[.serif]?.family(for: "myanmar") == "Noto Serif Myanmar")
        #expect(style.fonts[.mono]?.family(for: "latin") == "DejaVu Sans Mono")
        #expect(style.running.headerStart == "{title}" && style.running.footerEnd == "{page}")
        #expect(style.spacing.justify && style.running.rules && !style.running.onFirstPage)
    }

    @Test func modernOverridesFormalAndInheritsTheRest() throws {
        let formal = try #require(StyleLoader.load(nameOrPath: "formal", stylesDirectory: stylesDirectory).style)
        let modern = try #require(StyleLoader.load(nameOrPath: "modern", stylesDirectory: stylesDirectory).style)
        let body = modern.role(.body)
        #expect(body.font == .sans && body.size == 10 && body.leading == 14.5 && body.alignment == .start)
        #expect(modern.role(.title).size > formal.role(.title).size)
        #expect(modern.role(.heading1).font == .sans && modern.role(.heading1).bold)
        #expect(!modern.spacing.justify)
        #expect(!modern.roles.values.contains { $0.alignment == .justify })
        // Inherited untouched: paper, fonts, the code role, the footer.
        #expect(modern.page.width == formal.page.width)
        #expect(modern.fonts == formal.fonts)
        #expect(modern.role(.code) == formal.role(.code))
        #expect(modern.running.footerEnd == formal.running.footerEnd)
        // Partly overridden roles keep their other values.
        #expect(modern.role(.classification).uppercase && modern.role(.classification).color == Color(hex: "#B42318"))
    }

    /// The styles may only name families that Debian's fonts-noto-core, fonts-noto-cjk and
    /// fonts-dejavu-core install; checked against fontconfig where it is available.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list")), arguments: bundled)
    func everyFamilyIsInstalled(name: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = [":", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let installed = Set(output.split(separator: "\n").flatMap { $0.split(separator: ",").map(String.init) })
        let style = try #require(StyleLoader.load(nameOrPath: name, stylesDirectory: stylesDirectory).style)
        for (fontClass, fonts) in style.fonts {
            for (script, family) in fonts.families {
                #expect(installed.contains(family), "\(fontClass).\(script): \(family)")
            }
        }
    }
}
