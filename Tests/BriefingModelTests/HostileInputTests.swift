import BriefingModel
import Foundation
import Testing
import TestSupport

/// Section 1: hostile input must not exhaust memory or time, and must not crash.
struct HostileInputTests {
    /// Nine levels of nine-fold aliases: 9^9 (387 million) nodes if expanded.
    @Test(.timeLimit(.minutes(1))) func aliasBombIsRefusedWhereItExplodes() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]")
        }
        let diagnostics = SummaryLoader.load(string: lines.joined(separator: "\n")).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("beyond 1,000,000 nodes") == true)
        // Level 6 has 9^7 = 4.8 million nodes expanded: the first past the limit.
        #expect(diagnostics.first?.location.line == 7)
    }

    /// An aliased bomb used as a map key would be expanded by a composer that hashes
    /// keys to find duplicates; here it is never expanded.
    @Test(.timeLimit(.minutes(1))) func aliasBombAsKeyIsRefused() {
        var lines = ["- &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append("- &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("- {? *a8 : value}")
        let result = SummaryLoader.load(string: lines.joined(separator: "\n"))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("beyond 1,000,000 nodes") == true)
        // a5 is 1 + 10 × a4 = 1,111,111 nodes: the first past the limit.
        #expect(result.diagnostics.first?.location.line == 6)
    }

    /// One enormous paragraph would take minutes to break into lines: it is refused
    /// at its own line, in any of its languages, while one below the limit loads.
    @Test func overlongTextIsRefusedAtItsLine() throws {
        func summary(paragraph bytes: Int) -> String {
            let text = String(repeating: "plain words here ", count: bytes / 17)
            return """
                briefing: 1
                id: long
                languages: [en, fr]
                title: T
                date: 2025-01-01
                sections:
                  - title: S
                    body:
                      - {en: Short., fr: "\(text)"}
                """
        }
        let refused = SummaryLoader.load(string: summary(paragraph: 150_000))
        #expect(refused.briefing == nil)
        let error = try #require(refused.diagnostics.first)
        #expect(refused.diagnostics.count == 1)
        #expect(error.message.contains("at most 100000"))
        #expect((error.location.line, error.location.column) == (9, 26))
        let accepted = SummaryLoader.load(string: summary(paragraph: 90_000))
        #expect(accepted.briefing != nil, "\(accepted.diagnostics)")
    }

    @Test func aliasesBelowTheLimitAreExpanded() throws {
        let result = try fixture(Fixtures.summary("""
            participants:
              - &someone {id: ana, name: Ana}
            decisions:
              - {text: "[[ana]]", parties: []}
            x-template: *someone

            """))
        let briefing = try expectClean(result)
        #expect(briefing.participants.count == 1)
    }

    @Test func undefinedAliasIsAnError() throws {
        let result = try fixture(Fixtures.summary("subtitle: *nothing\n"))
        expectDiagnostic(result, line: 8, column: 11, "alias `*nothing` names no anchor")
    }

    @Test(.timeLimit(.minutes(1))) func deepFlowNestingIsRefusedWhereItPassesTheLimit() {
        let depth = 100_000
        let source = "x-deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = SummaryLoader.load(string: source)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.message == "nesting deeper than 64 levels starts here")
        // The root map is level 1, so the 64th bracket (column 9 + 63) is level 65.
        #expect(diagnostic?.location.line == 1 && diagnostic?.location.column == 72)
    }

    @Test(.timeLimit(.minutes(1))) func deepBlockNestingIsRefused() {
        let source = (0..<200).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
        let result = SummaryLoader.load(string: source)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("deeper than 64 levels") == true)
        #expect(result.diagnostics.first?.location.line == 65)
    }

    @Test func nestingThroughAnAliasIsCounted() {
        let inner = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let source = "a: &deep \(inner)\nb: " + String(repeating: "[", count: 30) + "*deep" + String(repeating: "]", count: 30)
        let result = SummaryLoader.load(string: source)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("alias `*deep` makes the nesting deeper than 64 levels") == true)
        #expect(result.diagnostics.first?.location == SourceLocation(file: "summary.yaml", line: 2, column: 34))
    }

    @Test(.timeLimit(.minutes(1))) func deepJSONNestingIsRefused() {
        let depth = 100_000
        let source = "{\"x-deep\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let result = SummaryLoader.load(string: source, file: "deep.json")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "nesting deeper than 64 levels starts here")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "deep.json", line: 1, column: 75))
    }

    @Test func fileOver16MiBIsRefusedBeforeReading() throws {
        try withTemporaryDirectory { directory in
            let url = directory.url.appendingPathComponent("huge.yaml")
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            // A sparse file: its size is checked, its (absent) content never read.
            try handle.truncate(atOffset: 16 * 1024 * 1024 + 1)
            try handle.close()
            let result = SummaryLoader.load(contentsOf: url, displayPath: "huge.yaml")
            #expect(result.diagnostics.map(\.description)
                    == ["huge.yaml:1:1: error: the summary is 16777217 bytes; files over 16 MiB are refused"])
        }
    }

    @Test func hugeStringIsRefused() {
        let result = SummaryLoader.load(string: String(repeating: "#", count: 16 * 1024 * 1024 + 1))
        #expect(result.errors.first?.message.contains("files over 16 MiB are refused") == true)
    }

    @Test(.timeLimit(.minutes(1))) func tooManyPlainNodesAreRefused() {
        let source = "x-many: [" + String(repeating: "1,", count: 1_000_001) + "1]"
        let result = SummaryLoader.load(string: source)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "the document has more than 1,000,000 nodes")
    }

    /// Read in linear time, this ends in moments; a parser that backtracks over every
    /// opening mark would not end within the time limit.
    @Test(.timeLimit(.minutes(1))) func markupOfBracketsAndStarsStaysFast() {
        let hostile = String(repeating: "[*`", count: 200_000)
        #expect(!Inline.parse(hostile).isEmpty)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() throws {
        try withTemporaryDirectory { directory in
            var bytes = Array("briefing: 1\ntitle: ab".utf8)
            bytes.append(0xFF)
            let url = try directory.write("bad.yaml", data: Data(bytes))
            let result = SummaryLoader.load(contentsOf: url, displayPath: "bad.yaml")
            #expect(result.diagnostics.map(\.description) == ["bad.yaml:2:10: error: the summary is not valid UTF-8 text"])
        }
    }

    @Test func missingFileIsAnError() {
        let result = SummaryLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/summary.yaml"), displayPath: "s.yaml")
        #expect(result.diagnostics.map(\.description) == ["s.yaml:1:1: error: cannot read the summary: no such file"])
    }

    @Test func emptyFileIsAnError() {
        let result = SummaryLoader.load(string: "# only a comment\n")
        #expect(result.diagnostics.map(\.description) == ["summary.yaml:1:1: error: the summary is empty"])
    }

    /// The unclosed `[` is where the problem starts, not the next key where libyaml stops.
    @Test func syntaxErrorCarriesItsPosition() {
        let result = SummaryLoader.load(string: "briefing: 1\ntitle: [unclosed\nid: x\n")
        #expect(result.diagnostics.map(\.description) == [
            "summary.yaml:2:8: error: YAML syntax error: this `[` is not closed before the next line at its level; "
                + "close the list with `]`, and separate its items with `,`",
        ])
    }

    @Test func secondDocumentIsAnError() {
        let result = SummaryLoader.load(string: "a: 1\n---\nb: 2\n")
        expectDiagnostic(result, line: 2, column: 1, "a summary is a single YAML document")
    }

    /// Random damage to a valid summary, as YAML and as JSON: every result is either a
    /// briefing or errors with real positions, and nothing traps.
    @Test func damagedSummariesNeverTrap() throws {
        let yaml = Array((CompleteSummaryTests.source + "x-a: &m {a: [1]}\nx-b: *m\n").utf8)
        let json = Array(JSONTests.summary.utf8)
        let alphabet = Array("[]{}*&!:,-'\"\\|>#%@` \n\tab01.~éu".utf8)
        var state: UInt64 = 2025
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("images/map.png", data: Fixtures.png())
        var loaded = 0
        for iteration in 0..<400 {
            var bytes = iteration.isMultiple(of: 2) ? yaml : json
            for _ in 0...next(4) {
                let position = next(bytes.count)
                switch next(3) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: position)
                default: bytes[position] = alphabet[next(alphabet.count)]
                }
            }
            let result = SummaryLoader.load(string: String(decoding: bytes, as: UTF8.self),
                                            file: iteration.isMultiple(of: 2) ? "s.yaml" : "s.json", directory: folder.url)
            #expect(result.briefing != nil || !result.errors.isEmpty)
            #expect(result.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
            loaded += result.briefing == nil ? 0 : 1
        }
        // Some damage is harmless (inside a string): those summaries still load.
        #expect(loaded > 0)
    }
}

/// A long, valid summary (the benchmark's input) loads whole; how fast is the
/// benchmark's to say, not a test's.
struct LongSummaryTests {
    @Test(.timeLimit(.minutes(1))) func longSummaryLoads() throws {
        let result = SummaryLoader.load(string: SyntheticSummary.yaml(sections: 300))
        let briefing = try #require(result.briefing, "\(result.diagnostics.prefix(3).map(\.description))")
        #expect(briefing.sections.count == 300)
    }
}
