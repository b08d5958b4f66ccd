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

    /// The two languages of `--parallel`, once validated.
    var parallelPair: (String, String)? {
        guard let tags = parallel?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }),
              tags.count == 2 else { return nil }
        return (tags[0], tags[1])
    }

    func validate() throws {
        if let lang, lang != "all" { _ = try LanguageOption.tags(lang, option: "--lang") }
        if let parallel { _ = try LanguageOption.tags(parallel, option: "--parallel") }
        if parallel != nil {
            guard let pair = parallelPair, !pair.0.isEmpty, !pair.1.isEmpty, pair.0 != pair.1 else {
                throw ValidationError("--parallel takes two different languages, as in --parallel fr,lo")
            }
            if lang != nil { throw ValidationError("--parallel and --lang cannot be combined") }
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let paper, !["a4", "letter"].contains(paper.lowercased()) {
            throw ValidationError("--paper must be a4 or letter, not '\(paper)'")
        }
    }

    func run() throws {
        let renderer = Renderer(resources: .locate())
        let languages: [String]? = lang.flatMap { value in
            value == "all" ? nil : value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let request = RenderRequest(languages: languages, style: style, outputDirectory: URL(fileURLWithPath: output),
                                    format: format, paper: paper?.lowercased(), strict: strict, parallel: parallelPair,
                                    jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var failed = false
        for file in files {
            let report = renderer.render(URL(fileURLWithPath: file), displayPath: file, request: request)
            Diagnostics.print(report.diagnostics)
            for url in report.outputs where format == .pdf {
                let tag = url.deletingPathExtension().pathExtension
                let pages = report.pages[tag] ?? 0
                print("\(url.relativePathForDisplay)  (\(pages) \(pages == 1 ? "page" : "pages"))")
            }
            if format != .pdf && !report.outputs.isEmpty {
                print("\(report.outputs.count) \(format.rawValue.uppercased()) pages in \(output)")
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
