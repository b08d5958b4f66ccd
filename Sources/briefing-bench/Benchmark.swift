import BriefingExport
import Foundation
import TestSupport

/// Renders the bundled example in all its languages and a generated long summary,
/// each in a fresh `briefing` process, and prints wall time, pages and peak memory:
/// what a user waits for and what their machine must have, process start and font
/// loading included. Run it from a release build: `swift run -c release briefing-bench`.
/// Timing is reported, never asserted. `--keep DIR` keeps the inputs and outputs.
@main
enum Benchmark {
    static func main() throws {
        let resources = Resources.locate()
        let arguments = CommandLine.arguments.dropFirst()
        let kept = arguments.firstIndex(of: "--keep").flatMap { arguments.dropFirst($0 - 1).dropFirst().first }
        let work = kept.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: work) } }

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("briefing")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("build the renderer first: swift build -c release --product briefing")
            throw ExitCodeError()
        }
        let example = resources.root.appendingPathComponent("Examples/vientiane-2025-party-meeting.yaml")
        let book = work.appendingPathComponent("book.yaml")
        try SyntheticSummary.yaml(sections: 82, id: "book").write(to: book, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("out").path

        let cases: [(name: String, arguments: [String])] = [
            ("example, 4 languages", ["render", example.path, "--output", output]),
            ("example, 4 languages, 1 job", ["render", example.path, "--output", output, "--jobs", "1"]),
            ("example, French only", ["render", example.path, "--output", output, "--lang", "fr"]),
            ("generated book, 1 language", ["render", book.path, "--output", output, "--lang", "fr"]),
        ]
        for (name, arguments) in cases {
            // The first run warms the file cache; the figure is the best of five.
            var best: Run?
            for _ in 0..<6 {
                let run = try Run(binary, arguments, printingTo: work.appendingPathComponent("printed.txt"))
                if best == nil || run.seconds < best!.seconds { best = run }
            }
            print(name.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s  ", best!.seconds)
                + "\(best!.pages) pages".padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "  peak %6.1f MiB", best!.peakMiB))
        }
    }

    /// One `briefing` process: wall time, pages it reports, and peak resident set.
    struct Run {
        var seconds: Double
        var pages: Int
        var peakMiB: Double

        init(_ binary: URL, _ arguments: [String], printingTo log: URL) throws {
            // posix_spawn and wait4 rather than Foundation's Process, whose own
            // reaping would take the child's resource usage (its peak memory) away.
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let start = Date()
            guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { throw ExitCodeError() }
            var status: Int32 = 0
            var usage = rusage()
            let waited = wait4(pid, &status, 0, &usage)
            seconds = Date().timeIntervalSince(start)
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            guard waited == pid, status == 0 else {
                print(text)
                throw ExitCodeError()
            }
            // `briefing render` prints "FILE  (N pages)" per output.
            pages = text.split(separator: "\n").compactMap { line -> Int? in
                guard let open = line.lastIndex(of: "(") else { return nil }
                return Int(line[line.index(after: open)...].prefix { $0.isNumber })
            }.reduce(0, +)
            peakMiB = Double(usage.ru_maxrss) / 1024
        }
    }

    struct ExitCodeError: Error {}
}
