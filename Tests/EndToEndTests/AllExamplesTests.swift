import Foundation
import Testing
import TestSupport

/// Every bundled example, in every one of its languages and every pair of them.
@Suite("All examples")
struct AllExamplesTests {
    /// (file, languages) of every example, read from the files themselves.
    static let examples: [(URL, [String])] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: Repository.examples, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }.map { file in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let line = text.split(separator: "\n").first { $0.hasPrefix("languages:") } ?? ""
            let tags = line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return (file, tags)
        }
    }()

    @Test("Every example renders under --strict in every language, with its text extractable")
    func strict() throws {
        #expect(Self.examples.count >= 5)
        try withTemporaryDirectory { folder in
            for (file, languages) in Self.examples {
                #expect(!languages.isEmpty, "\(file.lastPathComponent): no languages found")
                let result = try Tool.briefing(["render", file.path, "--strict", "--output", folder.url.path])
                #expect(result.status == 0, "\(file.lastPathComponent): \(result.errors)")
                #expect(result.errors.isEmpty, "\(file.lastPathComponent): \(result.errors)")
                let id = file.deletingPathExtension().lastPathComponent
                let produced = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
                #expect(produced.count == languages.count, "\(id): \(produced)")
                for language in languages {
                    let pdf = try #require(produced.first { $0.hasSuffix(".\(language).pdf") }, "\(id): no \(language) PDF")
                    let text = try Tool.text(of: folder.url.appendingPathComponent(pdf))
                    #expect(text.count > 200, "\(pdf): little text extracts")
                    #expect(!text.contains("\u{FFFD}"), "\(pdf): replacement characters in the text")
                }
                for name in produced { try FileManager.default.removeItem(at: folder.url.appendingPathComponent(name)) }
            }
        }
    }

    /// Not under --strict: half a page is narrower than some chart labels, which are
    /// then shortened with a warning; the edition is still complete.
    @Test("--parallel works for every pair of languages of every example")
    func parallel() throws {
        try withTemporaryDirectory { folder in
            var pairs = 0
            for (file, languages) in Self.examples {
                for (index, first) in languages.enumerated() {
                    for second in languages[(index + 1)...] {
                        let result = try Tool.briefing(["render", file.path, "--parallel", "\(first),\(second)",
                                                        "--output", folder.url.path])
                        #expect(result.status == 0, "\(file.lastPathComponent) \(first),\(second): \(result.errors)")
                        pairs += 1
                    }
                }
            }
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            #expect(written.count == pairs)
            #expect(written.contains { $0.hasSuffix(".ar-fr.pdf") })
            for name in written {
                let check = try Tool.run("qpdf", ["--check", folder.url.appendingPathComponent(name).path])
                #expect(check.status == 0, "\(name)")
            }
        }
    }
}
