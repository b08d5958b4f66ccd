import Foundation

/// Files written under temporary names and renamed into place only when all of
/// them are complete: a failed render leaves nothing behind and never replaces an
/// existing output.
struct AtomicOutput {
    private(set) var pending: [(temporary: URL, final: URL)] = []

    /// A temporary file next to `final` (same folder, so the rename is atomic).
    mutating func temporary(for final: URL) -> URL {
        let name = ".\(final.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)"
        let temporary = final.deletingLastPathComponent().appendingPathComponent(name)
        pending.append((temporary, final))
        return temporary
    }

    /// Moves every temporary file to its final name.
    func commit() throws {
        for file in pending {
            guard rename(file.temporary.path, file.final.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw OutputError("cannot write \(file.final.path): \(reason)")
            }
        }
    }

    /// Removes every temporary file written so far.
    func discard() {
        for file in pending {
            try? FileManager.default.removeItem(at: file.temporary)
        }
    }
}

/// A failure to write an output file.
public struct OutputError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
