import BriefingModel
import Foundation

/// Prints diagnostics to standard error, one per line, in file order.
enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        let sorted = diagnostics.enumerated().sorted { lhs, rhs in
            lhs.element.location == rhs.element.location ? lhs.offset < rhs.offset : lhs.element.location < rhs.element.location
        }
        for (_, diagnostic) in sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
