import BriefingExport
import BriefingModel
import Foundation
import Testing
import TestSupport

/// The pipeline as `briefing render` drives it, in process, up to where a strict render
/// stops: what it reports and what it leaves on disk. Nothing here draws: Cairo 1.16 must
/// not draw on several threads at once (see `WorkerProcesses`), and tests run side by
/// side; renders that draw are tested through the command line (EndToEndTests).
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

