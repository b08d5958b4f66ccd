import BriefingExport
import BriefingRender
import Foundation
import TestSupport

/// Renders the bundled example in all its languages and a generated long summary,
/// printing wall time, pages and peak memory for each. Run it from a release build:
/// `swift run -c release briefing-bench`. Timing is reported, never asserted.
@main
enum Benchmark {
    static func main() throws {
        let resources = Resources.locate()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: output) }

        let start = Date()
        let renderer = Renderer(resources: resources)
        _ = try renderer.textEngine()
        report("font set", since: start, pages: nil)

        let example = resources.root.appendingPathComponent("Examples/vientiane-2025-party-meeting.yaml")
        try measure("example, 4 languages", file: example, renderer: renderer, output: output, languages: nil)

        let book = output.appendingPathComponent("book.yaml")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try SyntheticSummary.yaml(sections: 82, id: "book").write(to: book, atomically: true, encoding: .utf8)
        try measure("generated book, 1 language", file: book, renderer: renderer, output: output, languages: ["fr"])
    }

    static func measure(_ name: String, file: URL, renderer: Renderer, output: URL, languages: [String]?) throws {
        let start = Date()
        let report = renderer.render(file, displayPath: file.lastPathComponent,
                                     request: RenderRequest(languages: languages, outputDirectory: output))
        if report.failed {
            for diagnostic in report.diagnostics { print(diagnostic) }
            throw ExitCodeError()
        }
        self.report(name, since: start, pages: report.pages.values.reduce(0, +))
    }

    static func report(_ name: String, since start: Date, pages: Int?) {
        let seconds = Date().timeIntervalSince(start)
        let pagesText = pages.map { "\($0) pages" } ?? "-"
        let line = name.padding(toLength: 30, withPad: " ", startingAt: 0)
            + String(format: "%7.3f s  ", seconds) + pagesText.padding(toLength: 10, withPad: " ", startingAt: 0)
            + String(format: "  peak %6.1f MiB", peakMemoryMiB())
        print(line)
    }

    /// The process's peak resident set (VmHWM), which is what a user's machine must have.
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    struct ExitCodeError: Error {}
}
