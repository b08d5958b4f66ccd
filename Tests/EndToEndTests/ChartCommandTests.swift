import Foundation
import Testing
import TestSupport

@Suite("briefing chart")
struct ChartCommandTests {
    @Test("Writes one chart as valid SVG, PNG and PDF, in the language asked")
    func formats() throws {
        try withTemporaryDirectory { folder in
            let gallery = Repository.examples.appendingPathComponent("chart-gallery.yaml")
            for (format, language) in [("svg", "ar"), ("png", "lo"), ("pdf", "ja")] {
                let result = try Tool.briefing(["chart", gallery.path, "--id", "milestones", "--lang", language,
                                                "--format", format, "--output", folder.url.path, "--strict"])
                #expect(result.status == 0, "\(format): \(result.errors)")
                let file = folder.url.appendingPathComponent("chart-gallery.milestones.\(language).\(format)")
                let data = try Data(contentsOf: file)
                switch format {
                case "svg":
                    let text = String(decoding: data, as: UTF8.self)
                    #expect(text.hasPrefix("<?xml") && text.contains("<svg") && text.hasSuffix("</svg>\n"))
                case "png":
                    #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                default:
                    #expect(try Tool.run("qpdf", ["--check", file.path]).status == 0)
                    #expect(try Tool.info(of: file)["Pages"] == "1")
                    #expect(try Tool.text(of: file).contains("図"))
                }
            }
        }
    }

    @Test("An unknown chart ID is an error that lists the summary's charts")
    func unknownID() throws {
        let result = try Tool.briefing(["chart", Repository.example.path, "--id", "nope", "--output", "/tmp/briefing-nope"])
        #expect(result.status != 0)
        #expect(result.errors.contains("no chart has the ID `nope`"))
        #expect(result.errors.contains("trade-targets"))
    }

    @Test("Under --strict, a chart is judged by its own texts only, not by the summary's title")
    func strictOnlyAboutTheChart() throws {
        try withTemporaryDirectory { folder in
            func summary(chartTitle: String) -> String {
                """
                briefing: 1
                id: spurious
                languages: [en, fr]
                title: {en: "Only English title"}
                date: 2025-12-02
                summary:
                  - {en: "Only English key point"}
                sections:
                  - title: {en: "Only English section"}
                    body:
                      - chart: c
                charts:
                  - id: c
                    type: column
                    title: \(chartTitle)
                    categories: [{en: A, fr: A}]
                    series:
                      - {name: {en: X, fr: X}, values: [1]}
                """
            }
            let file = folder.url.appendingPathComponent("spurious.yaml")
            try summary(chartTitle: #"{en: "Trade", fr: "Commerce"}"#).write(to: file, atomically: true, encoding: .utf8)
            let translated = try Tool.briefing(["chart", file.path, "--id", "c", "--lang", "fr", "--strict",
                                                "--output", folder.url.path])
            #expect(translated.status == 0, "\(translated.errors)")
            #expect(!translated.errors.contains("translation"))
            try summary(chartTitle: #"{en: "Trade"}"#).write(to: file, atomically: true, encoding: .utf8)
            let untranslated = try Tool.briefing(["chart", file.path, "--id", "c", "--lang", "fr", "--strict",
                                                  "--output", folder.url.path])
            #expect(untranslated.status != 0)
            #expect(untranslated.errors.contains("spurious.yaml:15:"), "the chart's own title: \(untranslated.errors)")
            #expect(!untranslated.errors.contains("spurious.yaml:4:"), "not the summary's: \(untranslated.errors)")
        }
    }
}
