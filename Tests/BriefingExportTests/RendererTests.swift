import BriefingExport
import BriefingModel
import Foundation
import Testing
import TestSupport

/// The pipeline as `briefing render` drives it, in process: what it reports and what it
/// leaves on disk.
@Suite("Renderer")
struct RendererTests {
    /// One per test: its text engines must not be shared between threads.
    let renderer = Renderer(resources: Resources(root: Repository.root))

    /// Two languages; the Portuguese title is missing (a warning at layout) and a text
    /// carries a language the summary does not have (a warning at loading).
    static let summary = """
        briefing: 1
        id: falta
        languages: [es, pt]
        title: {es: Sólo español}
        date: 2025-12-02
        sections:
          - title: {es: Uno, pt: Um}
            body:
              - {es: "Hola", pt: "Olá", en: "Hi"}
        """

    @Test("A strict render reports every problem `check --strict` finds, and writes nothing")
    func strictReportsEverything() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("falta.yaml", Self.summary)
            let output = folder.url.appendingPathComponent("out")
            let report = renderer.render(file, displayPath: "falta.yaml",
                                              request: RenderRequest(outputDirectory: output, strict: true, jobs: 1))
            #expect(report.failed)
            let messages = report.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
            #expect(messages.contains { $0.hasPrefix("9:33 `en` is not one of") }, "\(messages)")
            #expect(messages.contains { $0.hasPrefix("4:13 missing 'pt' translation") }, "\(messages)")
            #expect(report.diagnostics.allSatisfy { $0.severity == .error })
            let checked = renderer.validate(file, displayPath: "falta.yaml").map(\.message)
            #expect(Set(report.diagnostics.map(\.message)) == Set(checked))
            #expect(report.outputs.isEmpty)
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).isEmpty)
        }
    }

    @Test("A language the summary does not provide is one warning, not one per text")
    func unknownLanguageWarnsOnce() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("falta.yaml", Self.summary.replacingOccurrences(of: ", en: \"Hi\"", with: ""))
            let output = folder.url.appendingPathComponent("out")
            let report = renderer.render(file, displayPath: "falta.yaml",
                                              request: RenderRequest(languages: ["fr"], outputDirectory: output, jobs: 1))
            #expect(!report.failed)
            #expect(report.diagnostics.map(\.message) == ["'fr' is not one of the summary's languages"],
                    "\(report.diagnostics.map(\.message))")
            #expect(report.outputs.map(\.lastPathComponent) == ["falta.fr.pdf"])
        }
    }

    @Test("A strict render that fails keeps an existing file and leaves no partial one")
    func atomicOutput() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("falta.yaml", Self.summary.replacingOccurrences(of: ", en: \"Hi\"", with: ""))
            let output = folder.url.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let existing = output.appendingPathComponent("falta.pt.pdf")
            try Data("earlier".utf8).write(to: existing)
            let report = renderer.render(file, displayPath: "falta.yaml",
                                              request: RenderRequest(outputDirectory: output, strict: true, jobs: 1))
            #expect(report.failed)
            #expect(try String(contentsOf: existing, encoding: .utf8) == "earlier")
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(!names.contains { $0.contains("partial") }, "\(names)")
        }
    }
}

@Suite("Several summaries in one run")
struct SeveralSummariesTests {
    let renderer = Renderer(resources: Resources(root: Repository.root))

    @Test("A second summary with the same id is refused rather than replace the first one's files")
    func sameID() throws {
        try withTemporaryDirectory { folder in
            let first = try folder.write("a.yaml", "briefing: 1\nid: same\nlanguages: [en]\ntitle: First\ndate: 2025-01-01\nsections: [{title: A, body: [One.]}]\n")
            let second = try folder.write("b.yaml", "briefing: 1\nid: same\nlanguages: [en]\ntitle: Second\ndate: 2025-01-01\nsections: [{title: A, body: [Two.]}]\n")
            let output = folder.url.appendingPathComponent("out")
            let request = RenderRequest(outputDirectory: output, jobs: 1)
            #expect(!renderer.render(first, displayPath: "a.yaml", request: request).failed)
            let report = renderer.render(second, displayPath: "b.yaml", request: request)
            #expect(report.failed)
            #expect(report.diagnostics.contains { $0.message.contains("is also the id of a.yaml") }, "\(report.diagnostics)")
            let text = try Data(contentsOf: output.appendingPathComponent("same.en.pdf"))
            #expect(String(decoding: text, as: UTF8.self).contains("/Title (First)"))
        }
    }
}
