import ArgumentParser
import BriefingExport
import BriefingRender
import Foundation

extension OutputFormat: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render summaries into Output/ID.TAG.pdf, one file per language.")

    @Argument(help: "Summary files (.yaml, .yml or .json).")
    var files: [String]

    @Option(name: .long, help: "Languages to render: TAG[,TAG…] or 'all' (default: all of the summary's).")
    var lang: String?

    @Option(name: .long, help: "A style name from Styles/ or a path to a style file.")
    var style: String?

    @Option(name: .long, help: "Output folder.")
    var output: String = "Output"

    @Option(name: .long, help: "pdf, png or svg.")
    var format: OutputFormat = .pdf

    @Option(name: .long, help: "a4 or letter (default: the style's).")
    var paper: String?

    @Option(name: .long, help: "Two languages side by side in one PDF: TAG,TAG (written ID.TAG-TAG.pdf).")
    var parallel: String?

    @Flag(name: .long, help: "Treat every warning as an error.")
    var strict = false

    @Option(name: .long, help: "Documents made at once (default: one per core).")
    var jobs: Int?

    /// The languages of `--lang`, checked; nil for every language of the summary.
    var languages: [String]? {
        get throws {
            guard let lang, lang != "all" else { return nil }
            return try LanguageOption.tags(lang, option: "--lang")
        }
    }

    /// The two languages of `--parallel`, checked.
    var parallelPair: (String, String)? {
        get throws {
            guard let parallel else { return nil }
            let tags = try LanguageOption.tags(parallel, option: "--parallel")
            guard tags.count == 2, tags[0] != tags[1] else {
                throw ValidationError("--parallel takes two different languages, as in --parallel fr,lo")
            }
            return (tags[0], tags[1])
        }
    }

    func validate() throws {
        _ = try languages
        if try parallelPair != nil, lang != nil {
            throw ValidationError("--parallel and --lang cannot be combined")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let paper, !["a4", "letter"].contains(paper.lowercased()) {
            throw ValidationError("--paper must be a4 or letter, not '\(paper)'")
        }
    }

    func run() throws {
        let renderer = Renderer(resources: .locate())
        let request = RenderRequest(languages: try languages, style: style, outputDirectory: URL(fileURLWithPath: output),
                                    format: format, paper: paper?.lowercased(), strict: strict, parallel: try parallelPair,
                                    jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var failed = false
        for file in SummaryFiles.distinct(files) {
            let report = renderer.render(URL(fileURLWithPath: file), displayPath: file, request: request)
            Diagnostics.print(report.diagnostics)
            for url in report.outputs where format == .pdf {
                let tag = url.deletingPathExtension().pathExtension
                let pages = report.pages[tag] ?? 0
                print("\(url.relativePathForDisplay)  (\(pages) \(pages == 1 ? "page" : "pages"))")
            }
            if format != .pdf && !report.outputs.isEmpty {
                let count = report.outputs.count
                print("\(count) \(format.rawValue.uppercased()) \(count == 1 ? "page" : "pages") in \(output)")
            }
            failed = failed || report.failed
        }
        if failed { throw ExitCode.failure }
    }
}

extension URL {
    /// The path relative to the current directory when it is inside it.
    var relativePathForDisplay: String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
