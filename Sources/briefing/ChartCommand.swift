import ArgumentParser
import BriefingExport
import BriefingRender
import Foundation

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write one chart of a summary on its own (ID.CHART.TAG.svg|png|pdf), for slides and email.")

    @Argument(help: "The summary file.")
    var file: String

    @Option(name: .long, help: "The chart's ID.")
    var id: String

    @Option(name: .long, help: "The language (default: the summary's first).")
    var lang: String?

    @Option(name: .long, help: "svg, png or pdf.")
    var format: OutputFormat = .svg

    @Option(name: .long, help: "A style name from Styles/ or a path to a style file.")
    var style: String?

    @Option(name: .long, help: "Output folder.")
    var output: String = "Output"

    @Flag(name: .long, help: "Treat every warning as an error.")
    var strict = false

    func validate() throws {
        if let lang, try LanguageOption.tags(lang, option: "--lang").count != 1 {
            throw ValidationError("--lang takes one language for a chart")
        }
    }

    func run() throws {
        let renderer = Renderer(resources: .locate())
        let request = RenderRequest(style: style, outputDirectory: URL(fileURLWithPath: output), format: format,
                                    strict: strict, resolution: 200)
        let report = renderer.renderChart(URL(fileURLWithPath: file), displayPath: file, chart: id, language: lang,
                                          request: request)
        Diagnostics.print(report.diagnostics)
        for url in report.outputs { print(url.relativePathForDisplay) }
        if report.failed { throw ExitCode.failure }
    }
}
