import Foundation

/// The summary files named on a command line, each once: a file named twice (`a.yaml
/// ./a.yaml`) is one summary, not two with the same `id`.
enum SummaryFiles {
    static func distinct(_ files: [String]) -> [String] {
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }
}
