import Foundation
import TestSupport

/// Runs the built `briefing` binary and the poppler/qpdf tools, as a user would.
struct CommandResult {
    var status: Int32
    var output: String
    var errors: String
}

enum Tool {
    /// Runs a program and waits for it, capturing both streams.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/\(executable)")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                             errors: String(decoding: errData, as: UTF8.self))
    }

    static func briefing(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        try run(Repository.binary.path, arguments, in: directory)
    }

    /// The text of a PDF, in reading order.
    /// - Parameter body: only what lies between the running header and footer of an A4
    ///   page in the bundled styles, so that a paragraph continued on the next page reads
    ///   on without the page's furniture in the middle.
    static func text(of pdf: URL, body: Bool = false) throws -> String {
        let crop = body ? ["-x", "0", "-y", "52", "-W", "595", "-H", "738"] : []
        return try run("pdftotext", ["-enc", "UTF-8"] + crop + [pdf.path, "-"]).output
    }

    /// `pdfinfo`'s "Key: value" lines as a dictionary.
    static func info(of pdf: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("pdfinfo", [pdf.path]).output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// `pdffonts` rows: (name, embedded, subset).
    static func fonts(of pdf: URL) throws -> [(name: String, embedded: Bool, subset: Bool)] {
        try run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            let count = columns.count
            return (String(columns[0]), columns[count - 5] == "yes", columns[count - 4] == "yes")
        }
    }
}
