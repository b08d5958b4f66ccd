import ArgumentParser
import BriefingExport
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate summaries without writing anything.",
        discussion: "Reports everything render would: invalid input, missing translations, characters no font has.")

    @Argument(help: "Summary files (.yaml, .yml or .json).")
    var files: [String]

    @Option(name: .long, help: "A style name or path to validate with the summary.")
    var style: String?

    @Flag(name: .long, help: "Treat every warning as an error.")
    var strict = false

    func run() throws {
        let renderer = Renderer(resources: .locate())
        var failed = false
        for file in SummaryFiles.distinct(files) {
            var diagnostics = renderer.validate(URL(fileURLWithPath: file), displayPath: file, style: style)
            if strict { diagnostics = diagnostics.map(\.escalated) }
            Diagnostics.print(diagnostics)
            failed = failed || diagnostics.contains { $0.severity == .error }
        }
        if failed { throw ExitCode.failure }
    }
}
